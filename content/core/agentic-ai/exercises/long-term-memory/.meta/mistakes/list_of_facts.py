"""Long-term memory: facts an agent keeps between conversations, recalled by relevance."""

import math
import re
from collections.abc import Sequence

Vector = Sequence[float]


def words(text: str) -> set[str]:
    """The distinct words of a text: lower case, letters and digits, at least 3 characters."""
    return {word for word in re.findall(r"[a-z0-9]+", text.lower()) if len(word) >= 3}


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of the angle between two vectors; 0.0 when one of them is all zeros."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norms = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norms if norms else 0.0


class MemoryStore:
    """Facts in the order they were remembered, each with an optional embedding vector."""

    def __init__(self) -> None:
        self._facts: list[tuple[str, Vector | None]] = []

    def remember(self, fact: str, vector: Vector | None = None) -> None:
        """Keep a fact."""
        self._facts.append((fact, vector))

    def recall(self, query: str, limit: int = 3) -> list[str]:
        """The facts sharing the most words with the query, best first, newest first on ties."""
        wanted = words(query)
        scored = [(len(wanted & words(fact)), fact) for fact, _ in reversed(self._facts)]
        ranked = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: pair[0], reverse=True)
        return [fact for _, fact in ranked[:limit]]

    def recall_similar(self, vector: Vector, limit: int = 3, min_score: float = 0.5) -> list[str]:
        """The facts whose vectors are most like this one (cosine >= min_score), best first."""
        scored = [(cosine(vector, own), fact) for fact, own in reversed(self._facts) if own is not None]
        ranked = sorted((pair for pair in scored if pair[0] >= min_score), key=lambda pair: pair[0], reverse=True)
        return [fact for _, fact in ranked[:limit]]
