"""Scaled dot-product self-attention with a causal mask, in NumPy."""

import numpy as np


def softmax(scores: np.ndarray) -> np.ndarray:
    """Softmax of each row (the last axis), safe for large scores; -inf becomes 0."""
    raise NotImplementedError("softmax is not written yet")


def causal_mask(n: int) -> np.ndarray:
    """An n x n array of booleans: True where position i may look at position j, that is j <= i."""
    raise NotImplementedError("causal_mask is not written yet")


def self_attention(
    x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray, causal: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """The attention output (one row per position) and the attention weights."""
    raise NotImplementedError("self_attention is not written yet")
