"""Is a model fair to every group? Selection rates, true positive rates and the gaps between groups."""

import numpy as np
import pandas as pd


def selection_rates(y_pred, group) -> dict:
    """For each group, the share of its members the model says yes (1) to."""
    raise NotImplementedError("selection_rates is not written yet")


def demographic_parity_gap(y_pred, group) -> float:
    """The highest selection rate minus the lowest: 0.0 when every group is selected as often."""
    raise NotImplementedError("demographic_parity_gap is not written yet")


def disparate_impact_ratio(y_pred, group) -> float:
    """The lowest selection rate divided by the highest (below 0.8 fails the four-fifths rule)."""
    raise NotImplementedError("disparate_impact_ratio is not written yet")


def true_positive_rates(y_true, y_pred, group) -> dict:
    """For each group, the share of its real positives (y_true == 1) that the model finds."""
    raise NotImplementedError("true_positive_rates is not written yet")


def equal_opportunity_gap(y_true, y_pred, group) -> float:
    """The highest true positive rate minus the lowest: 0.0 when every group's positives are found as often."""
    raise NotImplementedError("equal_opportunity_gap is not written yet")
