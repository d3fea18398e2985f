"""Smooth a signal and rescale a table with whole-array NumPy expressions."""

import numpy as np


def moving_average(values, window):
    """The mean of every run of `window` consecutive values: len(values) - window + 1 numbers."""
    if not 1 <= window <= len(values):
        raise ValueError(f"window must be between 1 and {len(values)}")
    totals = np.concatenate(([0.0], np.cumsum(values, dtype=float)))  # totals[k] = sum of the first k
    return (totals[window:] - totals[:-window]) / window  # each window's sum in one subtraction


def normalise(table):
    """Each column rescaled to mean 0 and standard deviation 1 (a constant column becomes 0)."""
    centred = table - table.mean(axis=0)  # the row of column means is broadcast down the table
    spread = table.std(axis=0)
    return centred / spread
