"""From a model's scores (logits) to probabilities, and the greedy choice of the next token."""

import math


def softmax(logits: list[float], temperature: float = 1.0) -> list[float]:
    """Probabilities that sum to 1; a low temperature sharpens them, a high one flattens them."""
    raise NotImplementedError("softmax is not written yet")


def greedy(logits: list[float]) -> int:
    """The index of the highest logit; on a tie, the first one."""
    raise NotImplementedError("greedy is not written yet")


def top_tokens(
    logits: list[float], vocab: list[str], n: int, temperature: float = 1.0
) -> list[tuple[str, float]]:
    """The n most likely tokens with their probabilities rounded to 3 decimals, most likely first."""
    raise NotImplementedError("top_tokens is not written yet")
