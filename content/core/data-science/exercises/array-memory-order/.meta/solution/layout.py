"""How a NumPy array sits in memory: strides, C and Fortran order, views and copies."""

import numpy as np


def strides_for(shape: tuple[int, ...], itemsize: int, order: str = "C") -> tuple[int, ...]:
    """The strides of a contiguous array of this shape: bytes to step along each axis."""
    if order not in ("C", "F"):
        raise ValueError(f"order must be 'C' or 'F', not {order!r}")
    axes = list(reversed(shape)) if order == "C" else list(shape)
    strides = []
    step = itemsize
    for length in axes:  # the fastest-changing axis first
        strides.append(step)
        step *= length
    if order == "C":
        strides.reverse()
    return tuple(strides)


def layout(a: np.ndarray) -> str:
    """'C and F', 'C', 'F' or 'neither', from the array's flags."""
    c_order = a.flags.c_contiguous
    f_order = a.flags.f_contiguous
    if c_order and f_order:
        return "C and F"
    if c_order:
        return "C"
    if f_order:
        return "F"
    return "neither"


def view_layouts(a: np.ndarray) -> dict[str, str]:
    """The layout of four views of a 2-D array (no copies made)."""
    return {
        "transpose": layout(a.T),
        "first row": layout(a[0]),
        "first column": layout(a[:, 0]),
        "every other row": layout(a[::2]),
    }


def fortran_copy(a: np.ndarray) -> np.ndarray:
    """A copy of a in Fortran order: each column in one block, for work down the columns."""
    return np.asfortranarray(a)


def transposed_rows(a: np.ndarray) -> np.ndarray:
    """The transpose of a as a C-ordered array: each row of the result in one block."""
    return np.ascontiguousarray(a.T)
