import pytest

import sampling
from sampling import sample, top_k, top_p

# After "I would like a cup of": tea, coffee, water, milk, juice, soup
PROBS = [0.45, 0.25, 0.12, 0.08, 0.06, 0.04]


def generator(seed):
    """A random.Random(seed) made on the side of your code (so each draw is quick)."""
    try:
        module = sampling.random
    except AttributeError:
        pytest.fail(
            "Keep the line `import random` at the top of sampling.py: the checks make their "
            "random.Random generators through it",
            pytrace=False,
        )
    return module.Random(seed)


def draw(probs, candidates, rng):
    """One call of sample, checked to give one index."""
    index = sample(probs, candidates, rng)
    if type(index) is not int:
        pytest.fail(
            f"sample({probs}, {candidates}, rng) should return one index, an int, not {index!r}. "
            "rng.choices(...) returns a list of one item: take its [0]",
            pytrace=False,
        )
    return index


def test_top_k_keeps_the_k_most_likely():
    """top_k gives the indexes of the k most likely tokens, the most likely first."""
    assert top_k(PROBS, 3) == [0, 1, 2], (
        "top_k(PROBS, 3) should be [0, 1, 2], the indexes of tea, coffee and water (the "
        "positions in probs, not the probabilities themselves)"
    )
    assert top_k([0.1, 0.5, 0.05, 0.35], 2) == [1, 3], (
        "top_k([0.1, 0.5, 0.05, 0.35], 2) should be [1, 3]: the indexes of 0.5 and 0.35, "
        "the most likely first (not the probabilities themselves, and not in index order)"
    )
    assert top_k([0.1, 0.5, 0.05, 0.35], 1) == [1], "top_k([0.1, 0.5, 0.05, 0.35], 1) should be [1]: greedy"


def test_top_k_larger_than_the_vocabulary():
    """A k above the number of tokens keeps them all, the most likely first."""
    assert top_k([0.2, 0.3, 0.5], 10) == [2, 1, 0], "top_k([0.2, 0.3, 0.5], 10) should be [2, 1, 0]"


def test_top_k_ties_keep_the_lower_index():
    """Tokens with the same probability keep their order: the lower index first."""
    assert top_k([0.2, 0.3, 0.2, 0.3], 3) == [1, 3, 0], (
        "top_k([0.2, 0.3, 0.2, 0.3], 3) should be [1, 3, 0]: 0.3 twice (indexes 1 and 3, the "
        "lower index first), then the first 0.2"
    )


def test_top_k_needs_at_least_one():
    """k of 0 or below raises ValueError."""
    for k in [0, -2]:
        with pytest.raises(ValueError) as caught:
            top_k(PROBS, k)
            pytest.fail(f"top_k(PROBS, {k}) should raise ValueError: at least one token must stay", pytrace=False)
        assert str(caught.value) == "k must be at least 1", (
            f"top_k(PROBS, {k}) should raise ValueError('k must be at least 1')"
        )


def test_top_p_keeps_the_fewest_that_reach_p():
    """top_p keeps the most likely tokens until their probabilities add up to at least p."""
    assert top_p(PROBS, 0.6) == [0, 1], (
        "top_p(PROBS, 0.6) should be [0, 1]: 0.45 is not enough, 0.45 + 0.25 = 0.7 reaches 0.6"
    )
    assert top_p(PROBS, 0.85) == [0, 1, 2, 3], (
        "top_p(PROBS, 0.85) should be [0, 1, 2, 3]: 0.45 + 0.25 + 0.12 = 0.82 is not enough, "
        "adding 0.08 makes 0.9"
    )
    assert top_p(PROBS, 0.3) == [0], "top_p(PROBS, 0.3) should be [0]: tea alone has 0.45"


def test_top_p_goes_by_probability_not_by_index():
    """top_p adds the tokens up from the most likely, whatever their indexes."""
    assert top_p([0.05, 0.15, 0.6, 0.2], 0.75) == [2, 3], (
        "top_p([0.05, 0.15, 0.6, 0.2], 0.75) should be [2, 3]: start from the most likely "
        "(0.6 at index 2), then 0.2 at index 3: 0.8 reaches 0.75"
    )


def test_top_p_stops_when_p_is_reached_exactly():
    """Reaching exactly p is enough: the total must be at least p."""
    assert top_p([0.5, 0.25, 0.125, 0.125], 0.75) == [0, 1], (
        "top_p([0.5, 0.25, 0.125, 0.125], 0.75) should be [0, 1]: 0.5 + 0.25 is exactly 0.75, "
        "and at least p is enough (>=, not >)"
    )


def test_top_p_of_one_keeps_everything():
    """p = 1 keeps every token."""
    assert top_p([0.25, 0.5, 0.25], 1.0) == [1, 0, 2], "top_p([0.25, 0.5, 0.25], 1.0) should be [1, 0, 2]"


def test_top_p_must_be_a_share():
    """p must be above 0 and at most 1."""
    for p in [0.0, -0.5, 1.5]:
        with pytest.raises(ValueError) as caught:
            top_p(PROBS, p)
            pytest.fail(f"top_p(PROBS, {p}) should raise ValueError: p is a share, above 0 and at most 1", pytrace=False)
        assert str(caught.value) == "p must be greater than 0 and at most 1", (
            f"top_p(PROBS, {p}) should raise ValueError('p must be greater than 0 and at most 1')"
        )


def test_sample_draws_only_candidates():
    """sample gives one of the candidates, never another token."""
    rng = generator(3)
    draws = [draw([0.7, 0.1, 0.1, 0.1], [1, 3], rng) for _ in range(60)]
    assert set(draws) <= {1, 3}, (
        f"sample([0.7, 0.1, 0.1, 0.1], [1, 3], rng) gave {sorted(set(draws) - {1, 3})}: it should "
        "only ever give 1 or 3, the candidates (top-k or top-p left the others out)"
    )
    assert set(draws) == {1, 3}, "In 60 draws among the candidates [1, 3], each should come up"


def test_sample_follows_the_probabilities():
    """Each candidate comes up as often as its share of the candidates' probability."""
    rng = generator(2024)
    draws = [draw([0.1, 0.6, 0.2, 0.1], [1, 2], rng) for _ in range(240)]
    share = draws.count(1) / len(draws)
    assert abs(share - 0.75) < 0.085, (
        f"sample([0.1, 0.6, 0.2, 0.1], [1, 2], rng) gave 1 in {share:.0%} of 240 draws; it should "
        "be about 75%: 0.6 out of the candidates' 0.6 + 0.2. Weigh each candidate by its "
        "probability, e.g. rng.choices(candidates, weights=...)"
    )


def test_sample_uses_the_generator_it_is_given():
    """The same seed gives the same draws; another seed gives others."""
    first = [draw(PROBS, [0, 1, 2, 3], rng) for rng in [generator(7)] for _ in range(12)]
    again = [draw(PROBS, [0, 1, 2, 3], rng) for rng in [generator(7)] for _ in range(12)]
    other = [draw(PROBS, [0, 1, 2, 3], rng) for rng in [generator(8)] for _ in range(12)]
    assert first == again, (
        "Two generators made with random.Random(7) should give the same 12 draws: draw with "
        "the rng you are given (rng.choices or rng.random), not with the random module itself"
    )
    assert first != other, "random.Random(7) and random.Random(8) should give different draws"
