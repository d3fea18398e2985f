import math

import numpy as np
import pytest

from attention import causal_mask, self_attention, softmax

RNG = np.random.default_rng(7)
X = RNG.normal(size=(5, 6))  # 5 tokens, each a vector of 6 numbers
W_Q = RNG.normal(size=(6, 3))  # queries and keys have 3 numbers (d_k = 3)
W_K = RNG.normal(size=(6, 3))
W_V = RNG.normal(size=(6, 4))  # values have 4


def reference(x, w_q, w_k, w_v, causal=True):
    """Attention the slow way: one position at a time, with plain loops."""
    q, k, v = x @ w_q, x @ w_k, x @ w_v
    n, d_k = len(x), k.shape[1]
    weights = np.zeros((n, n))
    for i in range(n):
        seen = range(i + 1) if causal else range(n)
        scores = [float(q[i] @ k[j]) / math.sqrt(d_k) for j in seen]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        for j, e in zip(seen, exps):
            weights[i, j] = e / sum(exps)
    return weights @ v, weights


def attention(*args, **kwargs):
    result = self_attention(*args, **kwargs)
    assert type(result) is tuple and len(result) == 2, (
        "self_attention should return a tuple of two arrays: (output, weights)"
    )
    output, weights = result
    assert isinstance(output, np.ndarray) and isinstance(weights, np.ndarray), (
        "self_attention should return two NumPy arrays: (output, weights)"
    )
    return output, weights


def test_softmax_of_each_row():
    """softmax works on each row: every row becomes probabilities that add up to 1."""
    result = softmax(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]))
    assert result.shape == (2, 3), "softmax of a 2 x 3 array should be a 2 x 3 array"
    assert np.allclose(result, [[0.0900, 0.2447, 0.6652], [1 / 3, 1 / 3, 1 / 3]], atol=1e-4), (
        "softmax([[1, 2, 3], [0, 0, 0]]) should be about [[0.09, 0.2447, 0.6652], [1/3, 1/3, 1/3]]: "
        "each ROW is one softmax. Use axis=-1 with keepdims=True for the max and the sum"
    )


def test_softmax_of_a_stack_of_rows():
    """softmax works on the last axis of an array with more dimensions too (one grid per head)."""
    scores = np.array([[[1.0, 2.0, 3.0], [3.0, 3.0, 3.0]], [[0.0, 0.0, 10.0], [5.0, 4.0, 5.0]]])
    result = softmax(scores)
    assert result.shape == (2, 2, 3), "softmax of a 2 x 2 x 3 array should be a 2 x 2 x 3 array"
    assert np.allclose(result.sum(axis=-1), 1.0), (
        "softmax of a 2 x 2 x 3 array should make each row of 3 add up to 1: use axis=-1 (the "
        "last axis), not axis=1, with keepdims=True"
    )
    assert np.allclose(result[1, 1], [0.4223, 0.1554, 0.4223], atol=1e-4), (
        "softmax(...)[1, 1] should be the softmax of [5, 4, 5]: about [0.4223, 0.1554, 0.4223]"
    )


def test_softmax_of_large_and_masked_scores():
    """Large scores do not overflow, and a score of -inf gets a weight of exactly 0."""
    with np.errstate(over="raise", invalid="raise"):
        try:
            result = softmax(np.array([[1000.0, 1001.0], [-1000.0, -1000.0]]))
        except FloatingPointError as error:
            pytest.fail(
                f"softmax([[1000, 1001], [-1000, -1000]]) overflowed ({error}): subtract each "
                "row's largest score before np.exp",
                pytrace=False,
            )
    assert np.allclose(result, [[0.2689, 0.7311], [0.5, 0.5]], atol=1e-4), (
        "softmax([[1000, 1001], [-1000, -1000]]) should be about [[0.2689, 0.7311], [0.5, 0.5]]: "
        "subtract each row's largest score before np.exp"
    )
    masked = softmax(np.array([[2.0, -np.inf, 0.0]]))
    assert masked[0, 1] == 0.0 and np.allclose(masked, [[0.8808, 0.0, 0.1192]], atol=1e-4), (
        "softmax([[2, -inf, 0]]) should be about [[0.8808, 0, 0.1192]]: np.exp(-inf) is 0"
    )


def test_causal_mask():
    """causal_mask(n) is True on and below the diagonal: a position sees itself and the past."""
    mask = causal_mask(4)
    assert isinstance(mask, np.ndarray) and mask.dtype == bool, (
        "causal_mask(4) should be a NumPy array of booleans (dtype=bool)"
    )
    expected = np.array(
        [[True, False, False, False], [True, True, False, False], [True, True, True, False], [True, True, True, True]]
    )
    assert mask.shape == (4, 4), f"causal_mask(4) should have shape (4, 4), not {mask.shape}"
    assert (mask == expected).all(), (
        "causal_mask(4) should be True where j <= i: row i is position i, and it may look at "
        "positions 0 to i only (np.tril of an array of ones)"
    )
    assert (causal_mask(1) == np.array([[True]])).all(), "causal_mask(1) should be [[True]]"


def test_shapes():
    """One output row per token, as wide as a value; one weight per pair of tokens."""
    output, weights = attention(X, W_Q, W_K, W_V)
    assert output.shape == (5, 4), (
        f"For 5 tokens and values of 4 numbers the output should have shape (5, 4), not {output.shape}"
    )
    assert weights.shape == (5, 5), f"For 5 tokens the weights should have shape (5, 5), not {weights.shape}"


def test_weights_are_causal():
    """Each row of weights adds up to 1, and no token gives weight to a later one."""
    _, weights = attention(X, W_Q, W_K, W_V)
    assert np.allclose(weights.sum(axis=1), 1.0), "Each row of the attention weights should add up to 1"
    assert (weights[np.triu_indices(5, k=1)] == 0).all(), (
        "Every weight above the diagonal should be exactly 0: token i may not look at a later "
        "token j > i. Put -np.inf in the masked scores before softmax (a 0 score still gets a "
        "weight)"
    )
    assert np.allclose(weights[0], [1.0, 0.0, 0.0, 0.0, 0.0]), (
        "The first token can only look at itself, so the first row of weights should be [1, 0, 0, 0, 0]"
    )


def test_weights_and_output_match_the_formula():
    """softmax(Q K^T / sqrt(d_k)) with the mask, times V."""
    output, weights = attention(X, W_Q, W_K, W_V)
    expected_output, expected_weights = reference(X, W_Q, W_K, W_V)
    unscaled = reference(X * math.sqrt(math.sqrt(3)), W_Q, W_K, W_V)[1]  # as if not divided
    if np.allclose(weights, unscaled, atol=1e-6):
        pytest.fail(
            "The weights are those of Q K^T without the scaling: divide the scores by "
            "np.sqrt(d_k), where d_k = 3 is the number of columns of w_k (the size of a key)",
            pytrace=False,
        )
    assert np.allclose(weights, expected_weights, atol=1e-6), (
        "The weights should be softmax(Q @ K.T / sqrt(d_k)) with the future masked, where "
        "Q = x @ w_q, K = x @ w_k and d_k = 3 (the number of columns of w_k)"
    )
    assert np.allclose(output, expected_output, atol=1e-6), (
        "The output should be weights @ V, where V = x @ w_v"
    )


def test_the_future_does_not_change_the_past():
    """Changing the last token changes only the last output row."""
    later = X.copy()
    later[4] = RNG.normal(size=6) * 3
    before, _ = attention(X, W_Q, W_K, W_V)
    after, _ = attention(later, W_Q, W_K, W_V)
    assert np.allclose(before[:4], after[:4]), (
        "With the causal mask, changing token 4 should not change the outputs of tokens 0 to 3: "
        "they may not look ahead"
    )
    assert not np.allclose(before[4], after[4]), "Changing token 4 should change its own output"


def test_without_the_mask():
    """causal=False lets every token look at every other (as in an encoder)."""
    output, weights = attention(X, W_Q, W_K, W_V, causal=False)
    expected_output, expected_weights = reference(X, W_Q, W_K, W_V, causal=False)
    assert (weights > 0).all(), "With causal=False no weight should be 0: every token sees all the others"
    assert np.allclose(weights, expected_weights, atol=1e-6) and np.allclose(output, expected_output, atol=1e-6), (
        "With causal=False the weights should be softmax(Q @ K.T / sqrt(d_k)) over all tokens, "
        "and the output weights @ V"
    )
