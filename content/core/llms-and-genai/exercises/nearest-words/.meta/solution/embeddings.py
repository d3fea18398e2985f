"""Word vectors: how alike two words are, their nearest neighbours, and analogies."""

import math

Table = dict[str, list[float]]


def cosine_similarity(a: list[float], b: list[float]) -> float:
    """The cosine of the angle between a and b: 1 same direction, 0 unrelated, -1 opposite."""
    if len(a) != len(b):
        raise ValueError(f"vectors of different lengths: {len(a)} and {len(b)}")
    length_a = math.sqrt(sum(x * x for x in a))
    length_b = math.sqrt(sum(y * y for y in b))
    if length_a == 0 or length_b == 0:
        raise ValueError("a zero vector has no direction")
    return sum(x * y for x, y in zip(a, b)) / (length_a * length_b)


def ranked(target: list[float], table: Table, skip: set[str]) -> list[str]:
    """The words of table, the closest to target first, leaving out those in skip."""
    scored = [(cosine_similarity(target, vector), word) for word, vector in table.items() if word not in skip]
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [word for _, word in scored]


def nearest(word: str, table: Table, k: int = 3) -> list[str]:
    """The k words most similar to word, most similar first (not word itself)."""
    return ranked(table[word], table, {word})[:k]


def analogy(a: str, b: str, c: str, table: Table) -> str:
    """a is to b as c is to ...? The word closest to b - a + c (not a, b or c)."""
    target = [y - x + z for x, y, z in zip(table[a], table[b], table[c])]
    return ranked(target, table, {a, b, c})[0]
