"""Scaled dot-product self-attention with a causal mask, in NumPy."""

import numpy as np


def softmax(scores: np.ndarray) -> np.ndarray:
    """Softmax of each row (the last axis), safe for large scores; -inf becomes 0."""
    weights = np.exp(scores - scores.max())
    return weights / weights.sum(axis=0)


def causal_mask(n: int) -> np.ndarray:
    """An n x n array of booleans: True where position i may look at position j, that is j <= i."""
    return np.tril(np.ones((n, n), dtype=bool))


def self_attention(
    x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray, causal: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """The attention output (one row per position) and the attention weights."""
    queries, keys, values = x @ w_q, x @ w_k, x @ w_v
    scores = queries @ keys.T / np.sqrt(keys.shape[-1])
    if causal:
        scores = np.where(causal_mask(len(x)), scores, -np.inf)  # no looking ahead
    weights = softmax(scores)
    return weights @ values, weights
