import numpy as np
import pytest

from fairness import (
    demographic_parity_gap,
    disparate_impact_ratio,
    equal_opportunity_gap,
    selection_rates,
    true_positive_rates,
)

# Ten applicants in two groups: the model says yes to 3 of 5 in A and to 1 of 5 in B.
GROUP = ["A", "A", "A", "A", "A", "B", "B", "B", "B", "B"]
Y_TRUE = [1, 1, 0, 1, 0, 1, 1, 0, 1, 0]
Y_PRED = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
RNG = np.random.default_rng(3)


def rates_by_hand(y_pred, group, keep=None):
    """The share of 1s among the predictions of each group (only the rows where keep is True)."""
    rates = {}
    for name in sorted(set(group)):
        rows = [p for p, g, k in zip(y_pred, group, keep or [True] * len(group)) if g == name and k]
        rates[name] = sum(rows) / len(rows)
    return rates


def random_case(size, groups):
    """Random labels and predictions; every group gets at least one real positive."""
    group = groups + RNG.choice(groups, size).tolist()
    y_true = [1] * len(groups) + (RNG.random(size) < 0.5).astype(int).tolist()
    y_pred = (RNG.random(len(group)) < 0.4).astype(int).tolist()
    return y_true, y_pred, group


CASES = [random_case(int(RNG.integers(10, 80)), ["A", "B", "C"][: int(RNG.integers(2, 4))]) for _ in range(25)]


def test_selection_rates():
    """selection_rates: for each group, the share of its members predicted 1."""
    rates = selection_rates(Y_PRED, GROUP)
    assert isinstance(rates, dict) and sorted(rates) == ["A", "B"], (
        "selection_rates should return a dict with one key per group: {'A': ..., 'B': ...}"
    )
    assert rates == pytest.approx({"A": 0.6, "B": 0.2}), (
        "selection_rates should be {'A': 0.6, 'B': 0.2}: the model says yes to 3 of the 5 people in A and to 1 "
        "of the 5 in B (divide by the size of the GROUP, not of the whole data)"
    )
    assert all(isinstance(rate, float) for rate in rates.values()), "Each selection rate should be a float"


def test_demographic_parity_gap():
    """The demographic parity gap is the highest selection rate minus the lowest."""
    gap = demographic_parity_gap(Y_PRED, GROUP)
    assert isinstance(gap, float) and gap == pytest.approx(0.4), (
        f"demographic_parity_gap should be 0.6 - 0.2 = 0.4 here, not {gap!r}: the highest rate minus the lowest"
    )
    assert demographic_parity_gap([1, 0, 1, 0], ["x", "x", "y", "y"]) == 0.0, (
        "Two groups selected equally often have a gap of 0.0"
    )


def test_disparate_impact_ratio():
    """The disparate impact ratio is the lowest selection rate divided by the highest."""
    ratio = disparate_impact_ratio(Y_PRED, GROUP)
    assert ratio == pytest.approx(0.2 / 0.6), (
        f"disparate_impact_ratio should be 0.2 / 0.6 = 0.333 here, not {ratio!r}: lowest rate / highest rate, "
        "so that 1.0 means equal and below 0.8 fails the four-fifths rule"
    )
    assert disparate_impact_ratio([1, 1, 0, 1], ["x", "x", "y", "y"]) == pytest.approx(0.5), (
        "With rates x: 1.0 and y: 0.5 the ratio should be 0.5"
    )
    assert disparate_impact_ratio([1, 0, 0, 0], ["x", "x", "y", "y"]) == 0.0, (
        "With rates x: 0.5 and y: 0.0 the ratio should be 0.0: only when NO group has anyone selected is "
        "there nothing to divide by"
    )
    with pytest.raises(ValueError) as raised:
        disparate_impact_ratio([0, 0, 0], ["x", "y", "y"])
    assert str(raised.value).strip() != "", (
        "When nobody is selected, disparate_impact_ratio should raise a ValueError whose message says why "
        "(the ratio would be 0 / 0)"
    )


def test_true_positive_rates():
    """true_positive_rates: for each group, the share of its REAL positives that are predicted 1."""
    rates = true_positive_rates(Y_TRUE, Y_PRED, GROUP)
    assert isinstance(rates, dict) and rates == pytest.approx({"A": 2 / 3, "B": 1 / 3}), (
        f"true_positive_rates should be {{'A': 2/3, 'B': 1/3}}, not {rates!r}: A has 3 real positives and the "
        "model finds 2 of them, B has 3 and the model finds 1. Count only the rows where y_true is 1"
    )


def test_equal_opportunity_gap():
    """The equal opportunity gap is the highest true positive rate minus the lowest."""
    gap = equal_opportunity_gap(Y_TRUE, Y_PRED, GROUP)
    assert isinstance(gap, float) and gap == pytest.approx(1 / 3), (
        f"equal_opportunity_gap should be 2/3 - 1/3 = 0.333 here, not {gap!r}: the gap between the groups' "
        "TRUE POSITIVE rates, not their selection rates"
    )


def test_against_a_count_by_hand():
    """Every function agrees with a count by hand on 25 random cases with two or three groups."""
    for y_true, y_pred, group in CASES:
        selection = rates_by_hand(y_pred, group)
        found = rates_by_hand(y_pred, group, keep=[t == 1 for t in y_true])
        assert selection_rates(y_pred, group) == pytest.approx(selection), (
            f"selection_rates({y_pred}, {group}) should be {selection}"
        )
        assert demographic_parity_gap(y_pred, group) == pytest.approx(
            max(selection.values()) - min(selection.values())
        ), f"demographic_parity_gap({y_pred}, {group}) should be the highest rate minus the lowest, over every group"
        assert true_positive_rates(y_true, y_pred, group) == pytest.approx(found), (
            f"true_positive_rates({y_true}, {y_pred}, {group}) should be {found}"
        )
        assert equal_opportunity_gap(y_true, y_pred, group) == pytest.approx(max(found.values()) - min(found.values())), (
            f"equal_opportunity_gap({y_true}, {y_pred}, {group}) should be the highest true positive rate minus the lowest"
        )


def test_numpy_arrays_and_number_groups():
    """The functions accept NumPy arrays, and groups can be numbers as well as names."""
    y_pred = np.array([1, 0, 0, 1, 1, 1])
    group = np.array([0, 0, 0, 1, 1, 1])
    assert selection_rates(y_pred, group) == pytest.approx({0: 1 / 3, 1: 1.0}), (
        "selection_rates(np.array([1, 0, 0, 1, 1, 1]), np.array([0, 0, 0, 1, 1, 1])) should be {0: 1/3, 1: 1.0}"
    )
    assert equal_opportunity_gap(np.array([1, 1, 0, 1, 0, 1]), y_pred, group) == pytest.approx(0.5), (
        "equal_opportunity_gap should work on NumPy arrays too"
    )


def test_a_group_without_real_positives():
    """A group with no real positive has no true positive rate: ValueError, naming the group."""
    with pytest.raises(ValueError) as raised:
        true_positive_rates([1, 0, 0, 0], [1, 0, 1, 0], ["A", "A", "B", "B"])
    assert str(raised.value) == "no real positive in group B", (
        "The ValueError should say which group has no real positive: ValueError('no real positive in group B')"
    )
    with pytest.raises(ValueError) as raised:
        true_positive_rates([1, 0, 0, 0, 1], [1, 0, 1, 0, 1], ["A", "C", "B", "B", "A"])
    assert str(raised.value) == "no real positive in group C", (
        "With two groups without a real positive (C then B), the error should name the first to appear: "
        "'no real positive in group C'"
    )
    with pytest.raises(ValueError):
        equal_opportunity_gap([0, 0, 1, 1], [1, 0, 1, 0], ["A", "A", "B", "B"])
