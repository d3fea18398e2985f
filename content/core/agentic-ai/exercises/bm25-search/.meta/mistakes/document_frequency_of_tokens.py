"""Retrieval for RAG, part 1: cut documents into overlapping chunks, rank chunks with BM25."""

import math
import re
from collections import Counter


def tokens(text: str) -> list[str]:
    """The words of a text for searching: lower case, runs of letters and digits."""
    return re.findall(r"[a-z0-9]+", text.lower())


def chunk_words(text: str, size: int, overlap: int) -> list[str]:
    """Chunks of `size` words; each starts `size - overlap` words after the one before."""
    if not 0 <= overlap < size:  # so size is at least 1 too
        raise ValueError("size must be at least 1, and overlap from 0 to size - 1")
    words = text.split()
    chunks = []
    for start in range(0, len(words), size - overlap):
        chunks.append(" ".join(words[start : start + size]))
        if start + size >= len(words):
            break
    return chunks


class BM25Index:
    """Okapi BM25 over a list of chunks."""

    def __init__(self, chunks: list[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._counts = [Counter(tokens(chunk)) for chunk in chunks]
        self._lengths = [len(tokens(chunk)) for chunk in chunks]
        self._average = sum(self._lengths) / max(len(chunks), 1)
        self._containing = Counter(term for chunk in chunks for term in tokens(chunk))

    def idf(self, term: str) -> float:
        """How rare the term is: log(1 + (N - n + 0.5) / (n + 0.5)), n chunks of N hold it."""
        n = self._containing[term]
        return math.log(1 + (len(self._counts) - n + 0.5) / (n + 0.5))

    def score(self, query: str, index: int) -> float:
        """BM25 score of chunk number `index` for the query's distinct terms."""
        counts, length = self._counts[index], self._lengths[index]
        total = 0.0
        for term in set(tokens(query)) & counts.keys():
            frequency = counts[term]
            norm = self.k1 * (1 - self.b + self.b * length / self._average)
            total += self.idf(term) * frequency * (self.k1 + 1) / (frequency + norm)
        return total

    def search(self, query: str, limit: int = 3) -> list[tuple[int, float]]:
        """(chunk number, score) of the best chunks with a score above 0, best first."""
        scores = [(index, self.score(query, index)) for index in range(len(self._counts))]
        ranked = sorted((pair for pair in scores if pair[1] > 0), key=lambda pair: pair[1], reverse=True)
        return ranked[:limit]
