"""How a NumPy array sits in memory: strides, C and Fortran order, views and copies."""

import numpy as np


def strides_for(shape: tuple[int, ...], itemsize: int, order: str = "C") -> tuple[int, ...]:
    """The strides of a contiguous array of this shape: bytes to step along each axis."""
    raise NotImplementedError("strides_for is not written yet")


def layout(a: np.ndarray) -> str:
    """'C and F', 'C', 'F' or 'neither', from the array's flags."""
    raise NotImplementedError("layout is not written yet")


def view_layouts(a: np.ndarray) -> dict[str, str]:
    """The layout of four views of a 2-D array (no copies made)."""
    raise NotImplementedError("view_layouts is not written yet")


def fortran_copy(a: np.ndarray) -> np.ndarray:
    """A copy of a in Fortran order: each column in one block, for work down the columns."""
    raise NotImplementedError("fortran_copy is not written yet")


def transposed_rows(a: np.ndarray) -> np.ndarray:
    """The transpose of a as a C-ordered array: each row of the result in one block."""
    raise NotImplementedError("transposed_rows is not written yet")


if __name__ == "__main__":
    grid = np.arange(12, dtype=np.int64).reshape(3, 4)
    print(strides_for((3, 4), 8), grid.strides)
    print(layout(grid), view_layouts(grid))
    print(fortran_copy(grid).flags.f_contiguous, transposed_rows(grid).flags.c_contiguous)
