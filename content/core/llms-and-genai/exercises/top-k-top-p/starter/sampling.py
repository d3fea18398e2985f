"""Choosing the next token at random, but only among the likely ones: top-k and top-p."""

import random


def top_k(probs: list[float], k: int) -> list[int]:
    """The indexes of the k most likely tokens, the most likely first."""
    raise NotImplementedError("top_k is not written yet")


def top_p(probs: list[float], p: float) -> list[int]:
    """The fewest most likely tokens whose probabilities add up to at least p."""
    raise NotImplementedError("top_p is not written yet")


def sample(probs: list[float], candidates: list[int], rng: random.Random) -> int:
    """One of the candidates, drawn with rng in proportion to its probability."""
    raise NotImplementedError("sample is not written yet")
