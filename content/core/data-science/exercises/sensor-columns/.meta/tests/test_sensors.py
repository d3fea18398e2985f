import numpy as np
import pytest

from sensors import calibrate, scale_columns, share_of_row

# 4 moments (rows) x 3 sensors (columns), as whole numbers like a real logger sends them.
READINGS = np.array(
    [
        [12, 200, 7],
        [18, 100, 7],
        [30, 0, 7],
        [24, 50, 7],
    ]
)


def float_array(result, call, shape):
    """The result should be a float64 array of the given shape."""
    assert isinstance(result, np.ndarray), f"{call} should return a NumPy array, not {type(result).__name__}"
    assert result.dtype == np.float64, (
        f"{call} should return an array of dtype float64, not {result.dtype}: convert the "
        "readings with .astype(np.float64) before you compute"
    )
    assert result.shape == shape, f"{call} should keep the shape {shape}, not {result.shape}"
    return result


def test_scale_columns_values():
    """scale_columns maps each column to 0..1: its smallest value to 0, its largest to 1."""
    result = float_array(scale_columns(READINGS), "scale_columns(READINGS)", (4, 3))
    expected = np.array(
        [
            [0.0, 1.0, 0.0],
            [1 / 3, 0.5, 0.0],
            [1.0, 0.0, 0.0],
            [2 / 3, 0.25, 0.0],
        ]
    )
    by_rows = READINGS - READINGS.min(axis=1, keepdims=True)
    if np.allclose(result[:, :2], (by_rows / np.ptp(READINGS, axis=1, keepdims=True))[:, :2]):
        pytest.fail(
            "scale_columns scaled each ROW: the minimum and maximum must be taken down each "
            "column, with axis=0",
            pytrace=False,
        )
    assert np.allclose(result[:, :2], expected[:, :2]), (
        "scale_columns(READINGS) should be (x - column min) / (column max - column min) for "
        "every value: take .min(axis=0) and .max(axis=0), one number per column, and let "
        "broadcasting subtract and divide them row by row"
    )


def test_scale_columns_constant_column():
    """A column where every value is the same has no range: it becomes 0.0, not nan."""
    with np.errstate(all="ignore"):
        result = float_array(scale_columns(READINGS), "scale_columns(READINGS)", (4, 3))
    assert not np.isnan(result).any(), (
        "scale_columns(READINGS) has nan where the third sensor reads 7 every time: its range "
        "is 0 and 0 / 0 is nan. Put 0.0 in the columns whose range is 0 (np.divide with "
        "where= and out=, or np.where)"
    )
    assert (result[:, 2] == 0.0).all(), (
        "A column whose values are all equal (the third sensor, always 7) should become 0.0"
    )


def test_scale_columns_of_floats_and_a_single_row():
    """Works for any number of rows and columns, floats too; one row is all 0.0."""
    floats = np.array([[1.5, -2.0], [0.5, 2.0], [1.0, 0.0]])
    result = float_array(scale_columns(floats), "scale_columns of a 3 x 2 array", (3, 2))
    assert np.allclose(result, [[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]]), (
        "scale_columns([[1.5, -2.0], [0.5, 2.0], [1.0, 0.0]]) should be "
        "[[1, 0], [0, 1], [0.5, 0.5]]"
    )
    with np.errstate(all="ignore"):
        single = float_array(scale_columns(np.array([[5, 9, 1]])), "scale_columns([[5, 9, 1]])", (1, 3))
    assert (single == 0.0).all(), (
        "scale_columns([[5, 9, 1]]) should be [[0.0, 0.0, 0.0]]: with one row every column "
        "has a range of 0"
    )


def test_share_of_row_values():
    """share_of_row divides each value by the total of its own row."""
    try:
        shares = share_of_row(READINGS)
    except ValueError as error:
        pytest.fail(
            f"share_of_row(READINGS) raised ValueError ({error}). The row totals "
            "readings.sum(axis=1) have shape (4,), and NumPy lines a shape (4,) up with the "
            "LAST axis, the 3 columns. Sum with keepdims=True to get shape (4, 1), one total "
            "per row, which broadcasts across the columns",
            pytrace=False,
        )
    result = float_array(shares, "share_of_row(READINGS)", (4, 3))
    expected = READINGS / READINGS.sum(axis=1, keepdims=True)
    assert np.allclose(result, expected), (
        "share_of_row(READINGS) should divide every value by its row's total, so that each "
        "row adds up to 1: the row totals have shape (4,); sum with keepdims=True to get "
        "shape (4, 1), which broadcasts across the columns"
    )


def test_share_of_row_on_a_square_array():
    """On a square array too, each ROW is divided by its own total (not each column)."""
    square = np.array([[1, 3, 0], [2, 2, 4], [5, 0, 5]])
    result = float_array(share_of_row(square), "share_of_row of a 3 x 3 array", (3, 3))
    assert np.allclose(result, [[0.25, 0.75, 0.0], [0.25, 0.25, 0.5], [0.5, 0.0, 0.5]]), (
        "share_of_row([[1, 3, 0], [2, 2, 4], [5, 0, 5]]) should be "
        "[[0.25, 0.75, 0], [0.25, 0.25, 0.5], [0.5, 0, 0.5]]. A square array hides the bug: "
        "totals of shape (3,) line up with the COLUMNS. Sum with keepdims=True (shape (3, 1))"
    )


def test_share_of_row_with_a_row_of_zeros():
    """A row whose total is 0 stays all 0.0 instead of becoming nan."""
    with np.errstate(all="ignore"):
        result = float_array(
            share_of_row(np.array([[0, 0], [1, 3]])), "share_of_row([[0, 0], [1, 3]])", (2, 2)
        )
    assert np.array_equal(result, [[0.0, 0.0], [0.25, 0.75]]), (
        "share_of_row([[0, 0], [1, 3]]) should be [[0.0, 0.0], [0.25, 0.75]]: each row divided "
        "by its own total, and a row of zeros (total 0) gives 0.0, not nan"
    )


def test_calibrate_stays_uint8():
    """calibrate gives back uint8 counts, the dtype it was given."""
    counts = np.array([100, 3, 128], dtype=np.uint8)
    result = calibrate(counts, 10)
    assert isinstance(result, np.ndarray) and result.dtype == np.uint8, (
        "calibrate should return an array of dtype uint8, like the counts it was given: "
        "convert back with .astype(np.uint8) at the end"
    )
    assert result.tolist() == [110, 13, 138], (
        "calibrate([100, 3, 128], 10) should be [110, 13, 138]"
    )


def test_calibrate_clips_at_255():
    """Counts pushed above 255 stop at 255 instead of wrapping round to small numbers."""
    counts = np.array([250, 3, 255, 245], dtype=np.uint8)
    try:
        result = calibrate(counts, 10)
    except OverflowError as error:
        pytest.fail(f"calibrate([250, 3, 255, 245], 10) raised OverflowError ({error})", pytrace=False)
    assert result.tolist() == [255, 13, 255, 255], (
        "calibrate([250, 3, 255, 245], 10) should be [255, 13, 255, 255]: uint8 holds 0 to 255 "
        "and 250 + 10 wraps round to 4. Add in a wider dtype (.astype(np.int64)), then "
        ".clip(0, 255), then .astype(np.uint8)"
    )


def test_calibrate_clips_at_0():
    """A negative offset stops at 0 instead of wrapping round to large numbers."""
    counts = np.array([2, 5, 6, 200], dtype=np.uint8)
    try:
        result = calibrate(counts, -5)
    except OverflowError as error:
        pytest.fail(
            f"calibrate([2, 5, 6, 200], -5) raised OverflowError ({error}): -5 does not fit in "
            "uint8. Convert the counts to a wider signed dtype (.astype(np.int64)) before adding",
            pytrace=False,
        )
    assert result.tolist() == [0, 0, 1, 195], (
        "calibrate([2, 5, 6, 200], -5) should be [0, 0, 1, 195]: below 0 stops at 0 (.clip(0, 255))"
    )
    assert calibrate(counts, 0).tolist() == [2, 5, 6, 200], "calibrate(counts, 0) should change nothing"
