"""Did the new checkout page make baskets bigger? Summaries, a t-test and a bootstrap."""

import statistics

import numpy as np
from scipy import stats


def describe(values: list[float]) -> dict[str, float]:
    """The mean, the median and the sample standard deviation of the values."""
    return {
        "mean": statistics.mean(values),
        "median": statistics.median(values),
        "stdev": statistics.stdev(values),
    }


def mean_interval(values: list[float], confidence: float = 0.95) -> tuple[float, float]:
    """A confidence interval for the mean, from Student's t distribution."""
    n = len(values)
    centre = statistics.mean(values)
    margin = stats.norm.ppf((1 + confidence) / 2) * statistics.stdev(values) / n**0.5
    return (float(centre - margin), float(centre + margin))


def compare_groups(a: list[float], b: list[float], alpha: float = 0.05) -> dict[str, object]:
    """Welch's two-sample t-test of b against a, and whether the difference is significant."""
    result = stats.ttest_ind(b, a, equal_var=False)
    return {
        "difference": statistics.mean(b) - statistics.mean(a),
        "t": float(result.statistic),
        "p": float(result.pvalue),
        "significant": bool(result.pvalue < alpha),
    }


def bootstrap_interval(
    values: list[float], n_resamples: int = 2000, confidence: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """A percentile bootstrap confidence interval for the mean."""
    rng = np.random.default_rng(seed)
    data = np.asarray(values)
    resamples = rng.choice(data, size=(n_resamples, len(data)))
    means = resamples.mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return (float(low), float(high))
