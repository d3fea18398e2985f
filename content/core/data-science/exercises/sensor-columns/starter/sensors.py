"""Sensor readings as NumPy arrays: the right dtype, broadcasting and no overflow."""

import numpy as np


def scale_columns(readings: np.ndarray) -> np.ndarray:
    """Each column scaled to 0..1 as float64; a column of equal values becomes 0.0."""
    raise NotImplementedError("scale_columns is not written yet")


def share_of_row(readings: np.ndarray) -> np.ndarray:
    """Each value divided by the total of its row, as float64; a row of zeros stays 0.0."""
    raise NotImplementedError("share_of_row is not written yet")


def calibrate(counts: np.ndarray, offset: int) -> np.ndarray:
    """uint8 counts plus offset, clipped to 0..255, still uint8."""
    raise NotImplementedError("calibrate is not written yet")


if __name__ == "__main__":
    readings = np.array([[10, 200, 5], [20, 100, 5], [30, 0, 5]])
    print(scale_columns(readings))
    print(share_of_row(readings))
    print(calibrate(np.array([250, 3, 128], dtype=np.uint8), 10))
