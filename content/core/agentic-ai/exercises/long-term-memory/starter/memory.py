"""Long-term memory: facts an agent keeps between conversations, recalled by relevance."""

import math
import re
from collections.abc import Sequence

Vector = Sequence[float]


def words(text: str) -> set[str]:
    """The distinct words of a text: lower case, letters and digits, at least 3 characters."""
    raise NotImplementedError("write words")


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of the angle between two vectors; 0.0 when one of them is all zeros."""
    raise NotImplementedError("write cosine")


class MemoryStore:
    """Facts in the order they were remembered, each with an optional embedding vector."""

    def __init__(self) -> None:
        pass

    def remember(self, fact: str, vector: Vector | None = None) -> None:
        """Keep a fact; a fact remembered again is stored once, as the newest."""
        raise NotImplementedError("write remember")

    def recall(self, query: str, limit: int = 3) -> list[str]:
        """The facts sharing the most words with the query, best first, newest first on ties."""
        raise NotImplementedError("write recall")

    def recall_similar(self, vector: Vector, limit: int = 3, min_score: float = 0.5) -> list[str]:
        """The facts whose vectors are most like this one (cosine >= min_score), best first."""
        raise NotImplementedError("write recall_similar")
