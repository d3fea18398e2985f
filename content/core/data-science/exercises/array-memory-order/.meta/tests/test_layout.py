import numpy as np
import pytest

from layout import fortran_copy, layout, strides_for, transposed_rows, view_layouts

GRID = np.arange(12, dtype=np.int64).reshape(3, 4)  # C order: rows one after the other
TALL = np.arange(30, dtype=np.float32).reshape(5, 6) / 4


def flags_layout(a):
    """What numpy's flags say, worked out here in the tests."""
    c, f = a.flags.c_contiguous, a.flags.f_contiguous
    return "C and F" if c and f else "C" if c else "F" if f else "neither"


SHAPES = [((3, 4), 8), ((2, 3, 4), 4), ((5,), 2), ((4, 1, 6), 8), ((2, 5), 1)]


def numpy_strides(shape, itemsize, order):
    """The strides NumPy itself gives a new array of this shape, item size and order."""
    return np.empty(shape, dtype=np.dtype(f"V{itemsize}"), order=order).strides


def test_strides_in_c_order():
    """In C order the LAST axis moves one item at a time; earlier axes jump whole rows."""
    for shape, itemsize in SHAPES:
        expected = numpy_strides(shape, itemsize, "C")
        result = strides_for(shape, itemsize, "C")
        assert isinstance(result, tuple), f"strides_for should return a tuple, not {type(result).__name__}"
        assert result == expected, (
            f"strides_for({shape}, {itemsize}, 'C') should be {expected}, as NumPy's "
            f".strides says. In C order the last axis steps the item size ({itemsize}), and "
            "each axis before it steps the size in bytes of everything after it"
        )


def test_strides_in_fortran_order():
    """In Fortran order the FIRST axis moves one item at a time; later axes jump whole columns."""
    for shape, itemsize in SHAPES:
        expected = numpy_strides(shape, itemsize, "F")
        result = strides_for(shape, itemsize, "F")
        assert result == expected, (
            f"strides_for({shape}, {itemsize}, 'F') should be {expected}, as NumPy's .strides "
            f"says. In Fortran order the first axis steps the item size ({itemsize}), and each "
            "later axis steps the size in bytes of everything before it"
        )


def test_strides_default_and_bad_order():
    """order is 'C' when it is not given; any other order is a ValueError."""
    assert strides_for((3, 4), 8) == (32, 8), (
        "strides_for((3, 4), 8) should be (32, 8): without order, use C order"
    )
    with pytest.raises(ValueError, match="order must be 'C' or 'F', not 'K'"):
        strides_for((3, 4), 8, "K")
        pytest.fail(
            "strides_for((3, 4), 8, 'K') should raise ValueError(\"order must be 'C' or 'F', not 'K'\")",
            pytrace=False,
        )


def test_layout_of_whole_arrays():
    """layout reads the flags: C-ordered, Fortran-ordered, or both for a single row or column."""
    cases = [
        (GRID, "C", "a 3 x 4 array made by reshape (C order)"),
        (np.asfortranarray(GRID), "F", "the same array in Fortran order"),
        (np.arange(5), "C and F", "a 1-D array"),
        (np.ones((4, 1)), "C and F", "a 4 x 1 array (one column)"),
    ]
    for array, expected, what in cases:
        assert layout(array) == expected, (
            f"layout of {what} should be {expected!r}: check a.flags.c_contiguous and "
            "a.flags.f_contiguous, and say 'C and F' when both are true"
        )


def test_layout_of_views():
    """Views share memory with their array: slicing and .T change the layout, not the data."""
    arrays = [
        (GRID, "a C-ordered 3 x 4 array"),
        (np.asfortranarray(TALL), "a Fortran-ordered 5 x 6 array"),
        (np.array([[1, 2, 3]]), "a 1 x 3 array (a single row)"),
        (np.array([[1.5], [2.5], [3.5]]), "a 3 x 1 array (a single column)"),
    ]
    for array, name in arrays:
        result = view_layouts(array)
        expected = {
            "transpose": flags_layout(array.T),
            "first row": flags_layout(array[0]),
            "first column": flags_layout(array[:, 0]),
            "every other row": flags_layout(array[::2]),
        }
        assert isinstance(result, dict) and set(result) == set(expected), (
            "view_layouts should return a dict with the keys "
            "'transpose', 'first row', 'first column' and 'every other row'"
        )
        for key in expected:
            assert result[key] == expected[key], (
                f"For {name}, view_layouts(...)[{key!r}] should be {expected[key]!r}: take the "
                "view (a.T, a[0], a[:, 0], a[::2]) and give it to layout. A view that "
                "skips items between its elements is 'neither'"
            )


def test_fortran_copy():
    """fortran_copy gives the same values laid out column by column (f_contiguous)."""
    for array in (GRID, TALL):
        result = fortran_copy(array)
        assert isinstance(result, np.ndarray), "fortran_copy should return a NumPy array"
        assert result.flags.f_contiguous, (
            "fortran_copy(...) should be in Fortran order (result.flags.f_contiguous is True): "
            "a.copy() and np.array(a) keep C order; use np.asfortranarray(a) or a.copy(order='F')"
        )
        assert result.dtype == array.dtype and np.array_equal(result, array), (
            "fortran_copy(a) should hold the same values, in the same shape and dtype, as a: "
            "only the order in memory changes"
        )


def test_transposed_rows():
    """transposed_rows is a.T with each of ITS rows in one block: a C-ordered copy."""
    for array in (GRID, TALL):
        result = transposed_rows(array)
        assert isinstance(result, np.ndarray), "transposed_rows should return a NumPy array"
        assert result.shape == array.T.shape and np.array_equal(result, array.T), (
            f"transposed_rows of a {array.shape[0]} x {array.shape[1]} array should be its "
            f"transpose, of shape {array.T.shape}"
        )
        assert result.flags.c_contiguous, (
            "transposed_rows(a) should be C-contiguous, but it came back in Fortran order: "
            "a.T is only a view of a's memory read the other way round. np.ascontiguousarray "
            "copies it into C order"
        )
