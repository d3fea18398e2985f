"""Is a model fair to every group? Selection rates, true positive rates and the gaps between groups."""

import numpy as np
import pandas as pd


def selection_rates(y_pred, group) -> dict:
    """For each group, the share of its members the model says yes (1) to."""
    frame = pd.DataFrame({"pred": np.asarray(y_pred), "group": np.asarray(group)})
    rates = frame.groupby("group")["pred"].mean()
    return {name: float(rate) for name, rate in rates.items()}


def demographic_parity_gap(y_pred, group) -> float:
    """The highest selection rate minus the lowest: 0.0 when every group is selected as often."""
    first, second = list(selection_rates(y_pred, group).values())[:2]
    return abs(first - second)


def disparate_impact_ratio(y_pred, group) -> float:
    """The lowest selection rate divided by the highest (below 0.8 fails the four-fifths rule)."""
    rates = selection_rates(y_pred, group).values()
    if max(rates) == 0:
        raise ValueError("no group has anyone selected: the ratio is 0 / 0")
    return min(rates) / max(rates)


def true_positive_rates(y_true, y_pred, group) -> dict:
    """For each group, the share of its real positives (y_true == 1) that the model finds."""
    frame = pd.DataFrame({"true": np.asarray(y_true), "pred": np.asarray(y_pred), "group": np.asarray(group)})
    positives = frame[frame["true"] == 1]
    with_positives = set(positives["group"])
    for name in frame["group"].unique():  # in the order the groups first appear
        if name not in with_positives:
            raise ValueError(f"no real positive in group {name}")
    return selection_rates(positives["pred"], positives["group"])


def equal_opportunity_gap(y_true, y_pred, group) -> float:
    """The highest true positive rate minus the lowest: 0.0 when every group's positives are found as often."""
    rates = true_positive_rates(y_true, y_pred, group).values()
    return max(rates) - min(rates)
