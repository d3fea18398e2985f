import statistics

import numpy as np
import pytest
from scipy import stats

from abtest import bootstrap_interval, compare_groups, describe, mean_interval

OLD_PAGE = [42.0, 55.5, 38.2, 61.0, 47.3, 52.8, 44.1, 58.9, 49.5, 40.7, 53.2, 46.6]
NEW_PAGE = [58.1, 49.9, 71.3, 66.0, 44.8, 62.5, 75.2, 53.7, 60.4, 69.9]


def groups(seed, shift):
    """40 steady baskets on the old page, 15 very uneven ones on the new page (fixed seed)."""
    rng = np.random.default_rng(seed)
    old = np.round(rng.normal(50, 5, 40), 2).tolist()
    new = np.round(rng.normal(50 + shift, 20, 15), 2).tolist()
    return old, new


UNEVEN_OLD, UNEVEN_NEW = groups(7, 3)  # Welch: p = 0.21; a t-test assuming equal variances: p = 0.045
CLOSE_OLD, CLOSE_NEW = groups(11, 10)  # Welch: p = 0.024, significant at 0.05 but not at 0.01


def test_describe():
    """describe gives the mean, the median and the SAMPLE standard deviation (n - 1)."""
    result = describe(NEW_PAGE)
    assert isinstance(result, dict) and set(result) == {"mean", "median", "stdev"}, (
        "describe should return a dict with the keys 'mean', 'median' and 'stdev'"
    )
    assert result["mean"] == pytest.approx(61.18) and result["median"] == pytest.approx(61.45), (
        "describe(NEW_PAGE) should have mean 61.18 and median 61.45 (the middle of the sorted "
        "values; with 10 values, the mean of the two in the middle)"
    )
    population = float(np.std(NEW_PAGE))
    if result["stdev"] == pytest.approx(population):
        pytest.fail(
            f"describe(NEW_PAGE)['stdev'] is {population:.4f}, the POPULATION standard "
            "deviation (np.std divides by n). A sample's standard deviation divides by n - 1: "
            "statistics.stdev, or np.std(values, ddof=1)",
            pytrace=False,
        )
    assert result["stdev"] == pytest.approx(statistics.stdev(NEW_PAGE)), (
        f"describe(NEW_PAGE)['stdev'] should be {statistics.stdev(NEW_PAGE):.4f}, the sample "
        "standard deviation"
    )
    odd = describe([3.0, 1.0, 10.0])
    assert odd["median"] == 3.0 and odd["mean"] == pytest.approx(14 / 3), (
        "describe([3, 1, 10]) should have median 3.0 (the middle value once sorted) and mean 4.67"
    )


def test_mean_interval_uses_the_t_distribution():
    """mean_interval is mean ± t * s / sqrt(n), with t from Student's t distribution (n - 1 df)."""
    for values, confidence in [(NEW_PAGE, 0.95), (OLD_PAGE, 0.95), (OLD_PAGE, 0.9)]:
        expected = stats.t.interval(
            confidence, len(values) - 1, loc=np.mean(values), scale=stats.sem(values)
        )
        result = mean_interval(values, confidence)
        assert isinstance(result, tuple) and len(result) == 2, (
            "mean_interval should return a tuple (low, high)"
        )
        normal = stats.norm.interval(confidence, loc=np.mean(values), scale=stats.sem(values))
        if result == pytest.approx(normal, abs=1e-6):
            pytest.fail(
                "mean_interval used the normal distribution (1.96 for 95 %): with a small "
                "sample, take t from Student's t distribution, "
                "stats.t.ppf((1 + confidence) / 2, df=n - 1), which gives a wider interval",
                pytrace=False,
            )
        assert result == pytest.approx(expected, abs=1e-9), (
            f"mean_interval(values, {confidence}) of {len(values)} values should be about "
            f"({expected[0]:.3f}, {expected[1]:.3f}): mean ± t * stdev / sqrt(n), with "
            "t = stats.t.ppf((1 + confidence) / 2, df=n - 1) and the sample stdev"
        )
    assert mean_interval(NEW_PAGE) == pytest.approx(mean_interval(NEW_PAGE, 0.95)), (
        "Without a confidence, mean_interval should give the 95 % interval"
    )


def test_compare_groups_result():
    """compare_groups gives the difference of the means (b - a), Welch's t and its p-value."""
    result = compare_groups(OLD_PAGE, NEW_PAGE)
    assert isinstance(result, dict) and set(result) == {"difference", "t", "p", "significant"}, (
        "compare_groups should return a dict with the keys 'difference', 't', 'p' and 'significant'"
    )
    welch = stats.ttest_ind(NEW_PAGE, OLD_PAGE, equal_var=False)
    assert result["difference"] == pytest.approx(61.18 - 49.15), (
        "difference should be mean(b) - mean(a) = 61.18 - 49.15 = 12.03: the new page "
        "minus the old one"
    )
    assert result["t"] == pytest.approx(welch.statistic) and result["p"] == pytest.approx(welch.pvalue), (
        f"For the two pages Welch's t-test gives t = {welch.statistic:.4f} and "
        f"p = {welch.pvalue:.5f}: stats.ttest_ind(b, a, equal_var=False) (b first, so that a "
        "bigger b gives a positive t)"
    )
    assert result["significant"] is True, (
        "With p = 0.005 < 0.05 the difference is significant: 'significant' should be True "
        "(a bool)"
    )


def test_welch_not_equal_variances():
    """Groups of different sizes and spreads need Welch's test (equal_var=False)."""
    result = compare_groups(UNEVEN_OLD, UNEVEN_NEW)
    welch = stats.ttest_ind(UNEVEN_NEW, UNEVEN_OLD, equal_var=False)
    student = stats.ttest_ind(UNEVEN_NEW, UNEVEN_OLD)
    if result["p"] == pytest.approx(student.pvalue):
        pytest.fail(
            f"p is {student.pvalue:.4f}, from a t-test that assumes both groups have the same "
            "variance. Here 40 steady baskets meet 15 very uneven ones: use Welch's test, "
            f"stats.ttest_ind(b, a, equal_var=False), which gives p = {welch.pvalue:.4f} and "
            "no significant difference",
            pytrace=False,
        )
    assert result["p"] == pytest.approx(welch.pvalue), (
        f"Welch's t-test gives p = {welch.pvalue:.4f} for these groups"
    )
    assert result["significant"] is False, (
        f"With p = {welch.pvalue:.2f} > 0.05 the difference is not significant: 'significant' "
        "should be False"
    )


def test_significance_depends_on_alpha():
    """'significant' is p < alpha: the same p of 0.024 passes at 0.05 but not at 0.01."""
    assert compare_groups(CLOSE_OLD, CLOSE_NEW)["significant"] is True, (
        "With p = 0.024 and the default alpha of 0.05 the difference is significant"
    )
    assert compare_groups(CLOSE_OLD, CLOSE_NEW, alpha=0.01)["significant"] is False, (
        "With p = 0.024 and alpha = 0.01 the difference is NOT significant: compare p with "
        "the alpha you were given"
    )
    exact = float(stats.ttest_ind(CLOSE_NEW, CLOSE_OLD, equal_var=False).pvalue)
    assert compare_groups(CLOSE_OLD, CLOSE_NEW, alpha=exact)["significant"] is False, (
        "When p is exactly alpha the difference is not significant: significant means "
        "p < alpha (strictly smaller)"
    )


def reference_bootstrap(values, n_resamples=2000, confidence=0.95, seed=0):
    rng = np.random.default_rng(seed)
    data = np.asarray(values)
    means = data[rng.integers(0, len(data), size=(n_resamples, len(data)))].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    return tuple(float(x) for x in np.percentile(means, [tail, 100 - tail]))


def test_bootstrap_interval():
    """bootstrap_interval: resample with replacement, take each resample's mean, read the percentiles."""
    result = bootstrap_interval(NEW_PAGE, n_resamples=2000, confidence=0.95, seed=42)
    assert isinstance(result, tuple) and len(result) == 2, "bootstrap_interval should return (low, high)"
    expected = reference_bootstrap(NEW_PAGE, 2000, 0.95, 42)
    assert result[0] < 61.18 < result[1], (
        f"The interval {result} should hold the sample's mean, 61.18"
    )
    assert result == pytest.approx(expected, abs=1e-9), (
        f"bootstrap_interval(NEW_PAGE, 2000, 0.95, seed=42) should be about "
        f"({expected[0]:.4f}, {expected[1]:.4f}): rng = np.random.default_rng(seed), then "
        "rng.choice(values, size=(n_resamples, n)) draws all the resamples at once (with "
        "replacement), .mean(axis=1) gives each one's mean, and np.percentile(means, [2.5, "
        "97.5]) the interval"
    )


def test_bootstrap_defaults_and_confidence():
    """The defaults are 2000 resamples, 95 % and seed 0; a 90 % interval is narrower."""
    assert bootstrap_interval(OLD_PAGE) == pytest.approx(reference_bootstrap(OLD_PAGE), abs=1e-9), (
        "bootstrap_interval(OLD_PAGE) should use 2000 resamples, confidence 0.95 and seed 0"
    )
    ninety = bootstrap_interval(OLD_PAGE, confidence=0.9)
    assert ninety == pytest.approx(reference_bootstrap(OLD_PAGE, confidence=0.9), abs=1e-9), (
        "With confidence=0.9 the interval goes from the 5th to the 95th percentile of the "
        "means: (1 - confidence) / 2 of them are left out at each end"
    )
    small = bootstrap_interval(OLD_PAGE, n_resamples=500, seed=3)
    assert small == pytest.approx(reference_bootstrap(OLD_PAGE, 500, 0.95, 3), abs=1e-9), (
        "bootstrap_interval(OLD_PAGE, n_resamples=500, seed=3) should draw 500 resamples "
        "from np.random.default_rng(3)"
    )


def test_bootstrap_is_reproducible():
    """The same seed gives the same interval; another seed gives another one."""
    first = bootstrap_interval(NEW_PAGE, seed=5)
    again = bootstrap_interval(NEW_PAGE, seed=5)
    other = bootstrap_interval(NEW_PAGE, seed=6)
    assert first == again, (
        "bootstrap_interval with the same seed should give the same interval twice: make a "
        "new np.random.default_rng(seed) in each call"
    )
    assert first != other, (
        "bootstrap_interval with seeds 5 and 6 should give different intervals: draw from "
        "np.random.default_rng(seed), not from a generator made once for the whole module"
    )
