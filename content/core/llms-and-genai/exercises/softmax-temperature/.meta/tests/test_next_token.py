import math

import pytest

from next_token import greedy, softmax, top_tokens

VOCAB = ["Paris", "Lyon", "the", "a", "Nice"]
LOGITS = [4.0, 2.5, 2.5, 1.0, -1.0]  # after "The capital of France is"


def probabilities(logits, temperature=None):
    """softmax's answer, with a plain failure when it overflows."""
    call = f"softmax({logits})" if temperature is None else f"softmax({logits}, {temperature})"
    try:
        if temperature is None:
            return softmax(logits)
        return softmax(logits, temperature)
    except OverflowError:
        pytest.fail(
            f"{call} raised OverflowError: math.exp of a large number is too big for a float. "
            "Subtract the largest (scaled) logit from every logit before math.exp: the "
            "probabilities stay the same, and the largest exp is exp(0) = 1",
            pytrace=False,
        )


def test_softmax_of_small_logits():
    """softmax turns logits into probabilities: exp of each, divided by their sum."""
    result = probabilities([2.0, 1.0, 0.1])
    assert type(result) is list and len(result) == 3, "softmax([2.0, 1.0, 0.1]) should return a list of 3 numbers"
    assert result == pytest.approx([0.659, 0.2424, 0.0986], abs=1e-4), (
        "softmax([2.0, 1.0, 0.1]) should be about [0.659, 0.2424, 0.0986]: math.exp of each "
        "logit, divided by the sum of those exps"
    )
    assert sum(result) == pytest.approx(1.0), "The probabilities of softmax should add up to 1"


def test_softmax_keeps_equal_logits_equal():
    """Equal logits get equal probabilities."""
    assert probabilities([3.0, 3.0, 3.0, 3.0]) == pytest.approx([0.25] * 4), (
        "softmax([3.0, 3.0, 3.0, 3.0]) should be [0.25, 0.25, 0.25, 0.25]"
    )


def test_softmax_of_large_logits():
    """Large logits work: subtracting the largest first keeps math.exp from overflowing."""
    assert probabilities([1000.0, 999.0, 998.0]) == pytest.approx([0.6652, 0.2447, 0.09], abs=1e-4), (
        "softmax([1000.0, 999.0, 998.0]) should be about [0.6652, 0.2447, 0.09]: the same as "
        "softmax([2.0, 1.0, 0.0]), because only the differences between logits count"
    )
    result = probabilities([1000.0, 0.0, -1000.0])
    assert result == pytest.approx([1.0, 0.0, 0.0]), (
        "softmax([1000.0, 0.0, -1000.0]) should be [1.0, 0.0, 0.0] (almost exactly): the "
        "first logit is far above the others"
    )
    assert not any(math.isnan(p) for p in result), "softmax should never give nan"


def test_high_temperature_flattens():
    """softmax divides the logits by the temperature: 2.0 makes the probabilities flatter."""
    assert probabilities([2.0, 1.0, 0.1], 2.0) == pytest.approx([0.5017, 0.3043, 0.194], abs=1e-4), (
        "softmax([2.0, 1.0, 0.1], 2.0) should be about [0.5017, 0.3043, 0.194]: divide each "
        "logit by the temperature before math.exp (a high temperature gives flatter probabilities)"
    )


def test_low_temperature_sharpens():
    """A temperature below 1 makes the most likely token more likely still."""
    assert probabilities([2.0, 1.0, 0.1], 0.5) == pytest.approx([0.8638, 0.1169, 0.0193], abs=1e-4), (
        "softmax([2.0, 1.0, 0.1], 0.5) should be about [0.8638, 0.1169, 0.0193]: dividing by 0.5 "
        "doubles the gaps between the logits"
    )
    assert probabilities([2.0, 1.0, 0.5], 0.001) == pytest.approx([1.0, 0.0, 0.0]), (
        "softmax([2.0, 1.0, 0.5], 0.001) should be [1.0, 0.0, 0.0]: a temperature near 0 is "
        "greedy. The logits become 2000, 1000 and 500, so subtract the largest before math.exp"
    )


def test_temperature_must_be_positive():
    """A temperature of 0 or below raises ValueError."""
    for temperature in [0, 0.0, -1.0]:
        with pytest.raises(ValueError) as caught:
            softmax([1.0, 2.0], temperature)
            pytest.fail(
                f"softmax([1.0, 2.0], {temperature}) should raise ValueError: the temperature "
                "divides the logits, so it must be greater than 0 (for greedy, use greedy())",
                pytrace=False,
            )
        assert str(caught.value) == "temperature must be greater than 0", (
            f"softmax([1.0, 2.0], {temperature}) should raise ValueError with the message "
            "'temperature must be greater than 0'"
        )


def test_greedy_picks_the_highest():
    """greedy gives the index of the highest logit."""
    assert greedy([0.5, 3.2, -1.0, 2.9]) == 1, "greedy([0.5, 3.2, -1.0, 2.9]) should be 1: 3.2 is the highest"
    assert greedy([-3.0, -2.0, -5.0]) == 1, "greedy([-3.0, -2.0, -5.0]) should be 1: -2.0 is the highest"
    assert greedy([7.0]) == 0, "greedy([7.0]) should be 0"


def test_greedy_tie_goes_to_the_first():
    """On a tie, greedy gives the first of the highest."""
    assert greedy([1.0, 4.0, 2.0, 4.0]) == 1, (
        "greedy([1.0, 4.0, 2.0, 4.0]) should be 1: two logits are 4.0, and a tie goes to the "
        "first of them"
    )


def test_top_tokens():
    """top_tokens gives the n most likely (token, probability) pairs, most likely first."""
    assert top_tokens(LOGITS, VOCAB, 3) == [("Paris", 0.665), ("Lyon", 0.148), ("the", 0.148)], (
        "top_tokens(LOGITS, VOCAB, 3) should be [('Paris', 0.665), ('Lyon', 0.148), ('the', 0.148)]: "
        "the three highest probabilities, rounded to 3 decimals, with their tokens"
    )
    assert top_tokens(LOGITS, VOCAB, 1) == [("Paris", 0.665)], "top_tokens(LOGITS, VOCAB, 1) should be [('Paris', 0.665)]"


def test_top_tokens_with_a_temperature():
    """top_tokens passes the temperature on to softmax."""
    assert top_tokens(LOGITS, VOCAB, 2, 2.0) == [("Paris", 0.444), ("Lyon", 0.21)], (
        "top_tokens(LOGITS, VOCAB, 2, 2.0) should be [('Paris', 0.444), ('Lyon', 0.21)]: "
        "use softmax(logits, temperature)"
    )
    assert top_tokens(LOGITS, VOCAB, 5, 10.0) == [
        ("Paris", 0.246), ("Lyon", 0.212), ("the", 0.212), ("a", 0.182), ("Nice", 0.149)
    ], "top_tokens(LOGITS, VOCAB, 5, 10.0) should list all five tokens, Paris (0.246) first"


def test_top_tokens_ties_keep_the_vocabulary_order():
    """Tokens with the same probability come in the order of the vocabulary."""
    assert top_tokens([1.0, 3.0, 3.0, 0.0], ["a", "cat", "dog", "fish"], 3) == [
        ("cat", 0.458), ("dog", 0.458), ("a", 0.062)
    ], (
        "top_tokens([1.0, 3.0, 3.0, 0.0], ['a', 'cat', 'dog', 'fish'], 3) should be "
        "[('cat', 0.458), ('dog', 0.458), ('a', 0.062)]: highest first, and cat before dog "
        "because it comes first in the vocabulary"
    )
