"""Choosing the next token at random, but only among the likely ones: top-k and top-p."""

import random


def ranked(probs: list[float]) -> list[int]:
    """The indexes of probs, the most likely first; a tie keeps the lower index first."""
    return sorted(range(len(probs)), key=lambda index: -probs[index])


def top_k(probs: list[float], k: int) -> list[int]:
    """The indexes of the k most likely tokens, the most likely first."""
    if k < 1:
        raise ValueError("k must be at least 1")
    return ranked(probs)[:k]


def top_p(probs: list[float], p: float) -> list[int]:
    """The fewest most likely tokens whose probabilities add up to at least p."""
    if not 0 < p <= 1:
        raise ValueError("p must be greater than 0 and at most 1")
    kept: list[int] = []
    total = 0.0
    for index in ranked(probs):
        kept.append(index)
        total += probs[index]
        if total >= p:
            break
    return kept


def sample(probs: list[float], candidates: list[int], rng: random.Random) -> int:
    """One of the candidates, drawn with rng in proportion to its probability."""
    weights = [probs[index] for index in candidates]
    return rng.choices(candidates, weights=weights)[0]
