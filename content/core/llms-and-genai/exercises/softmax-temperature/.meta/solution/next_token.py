"""From a model's scores (logits) to probabilities, and the greedy choice of the next token."""

import math


def softmax(logits: list[float], temperature: float = 1.0) -> list[float]:
    """Probabilities that sum to 1; a low temperature sharpens them, a high one flattens them."""
    if temperature <= 0:
        raise ValueError("temperature must be greater than 0")
    scaled = [logit / temperature for logit in logits]
    highest = max(scaled)
    weights = [math.exp(value - highest) for value in scaled]  # at most exp(0) = 1: no overflow
    total = sum(weights)
    return [weight / total for weight in weights]


def greedy(logits: list[float]) -> int:
    """The index of the highest logit; on a tie, the first one."""
    return logits.index(max(logits))


def top_tokens(
    logits: list[float], vocab: list[str], n: int, temperature: float = 1.0
) -> list[tuple[str, float]]:
    """The n most likely tokens with their probabilities rounded to 3 decimals, most likely first."""
    probabilities = softmax(logits, temperature)
    order = sorted(range(len(logits)), key=lambda index: -probabilities[index])
    return [(vocab[index], round(probabilities[index], 3)) for index in order[:n]]
