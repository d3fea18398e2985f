"""Retrieval for RAG, part 1: cut documents into overlapping chunks, rank chunks with BM25."""

import math
import re
from collections import Counter


def tokens(text: str) -> list[str]:
    """The words of a text for searching: lower case, runs of letters and digits."""
    raise NotImplementedError("write tokens")


def chunk_words(text: str, size: int, overlap: int) -> list[str]:
    """Chunks of `size` words; each starts `size - overlap` words after the one before."""
    raise NotImplementedError("write chunk_words")


class BM25Index:
    """Okapi BM25 over a list of chunks."""

    def __init__(self, chunks: list[str], k1: float = 1.5, b: float = 0.75) -> None:
        # Count once what every score needs: each chunk's term counts and length in tokens,
        # the average length, and in how many chunks each term appears.
        pass

    def idf(self, term: str) -> float:
        """How rare the term is: log(1 + (N - n + 0.5) / (n + 0.5)), n chunks of N hold it."""
        raise NotImplementedError("write idf")

    def score(self, query: str, index: int) -> float:
        """BM25 score of chunk number `index` for the query's distinct terms."""
        raise NotImplementedError("write score")

    def search(self, query: str, limit: int = 3) -> list[tuple[int, float]]:
        """(chunk number, score) of the best chunks with a score above 0, best first."""
        raise NotImplementedError("write search")
