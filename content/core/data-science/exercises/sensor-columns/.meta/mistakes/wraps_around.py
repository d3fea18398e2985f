"""Sensor readings as NumPy arrays: the right dtype, broadcasting and no overflow."""

import numpy as np


def scale_columns(readings: np.ndarray) -> np.ndarray:
    """Each column scaled to 0..1 as float64; a column of equal values becomes 0.0."""
    values = readings.astype(np.float64)
    low = values.min(axis=0)
    span = values.max(axis=0) - low
    return np.divide(values - low, span, out=np.zeros_like(values), where=span != 0)


def share_of_row(readings: np.ndarray) -> np.ndarray:
    """Each value divided by the total of its row, as float64; a row of zeros stays 0.0."""
    values = readings.astype(np.float64)
    totals = values.sum(axis=1, keepdims=True)
    return np.divide(values, totals, out=np.zeros_like(values), where=totals != 0)


def calibrate(counts: np.ndarray, offset: int) -> np.ndarray:
    """uint8 counts plus offset, clipped to 0..255, still uint8."""
    shifted = counts + offset
    return shifted.clip(0, 255).astype(np.uint8)
