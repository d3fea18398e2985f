"""Word vectors: how alike two words are, their nearest neighbours, and analogies."""

import math

Table = dict[str, list[float]]


def cosine_similarity(a: list[float], b: list[float]) -> float:
    """The cosine of the angle between a and b: 1 same direction, 0 unrelated, -1 opposite."""
    raise NotImplementedError("cosine_similarity is not written yet")


def nearest(word: str, table: Table, k: int = 3) -> list[str]:
    """The k words most similar to word, most similar first (not word itself)."""
    raise NotImplementedError("nearest is not written yet")


def analogy(a: str, b: str, c: str, table: Table) -> str:
    """a is to b as c is to ...? The word closest to b - a + c (not a, b or c)."""
    raise NotImplementedError("analogy is not written yet")
