"""Did the new checkout page make baskets bigger? Summaries, a t-test and a bootstrap."""

import statistics

import numpy as np
from scipy import stats

# Basket values in euros: visitors shown the old page (A) and the new page (B).
OLD_PAGE = [42.0, 55.5, 38.2, 61.0, 47.3, 52.8, 44.1, 58.9, 49.5, 40.7, 53.2, 46.6]
NEW_PAGE = [58.1, 49.9, 71.3, 66.0, 44.8, 62.5, 75.2, 53.7, 60.4, 69.9]


def describe(values: list[float]) -> dict[str, float]:
    """The mean, the median and the sample standard deviation of the values."""
    raise NotImplementedError("describe is not written yet")


def mean_interval(values: list[float], confidence: float = 0.95) -> tuple[float, float]:
    """A confidence interval for the mean, from Student's t distribution."""
    raise NotImplementedError("mean_interval is not written yet")


def compare_groups(a: list[float], b: list[float], alpha: float = 0.05) -> dict[str, object]:
    """Welch's two-sample t-test of b against a, and whether the difference is significant."""
    raise NotImplementedError("compare_groups is not written yet")


def bootstrap_interval(
    values: list[float], n_resamples: int = 2000, confidence: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """A percentile bootstrap confidence interval for the mean."""
    raise NotImplementedError("bootstrap_interval is not written yet")


if __name__ == "__main__":
    print(describe(OLD_PAGE), describe(NEW_PAGE))
    print(mean_interval(NEW_PAGE))
    print(compare_groups(OLD_PAGE, NEW_PAGE))
    print(bootstrap_interval(NEW_PAGE))
