"""Watch the cyclic garbage collector at work: gc.callbacks, generations and thresholds."""

from __future__ import annotations

import gc
from typing import Any


class Pair:
    """Two of these that point at each other make a reference cycle."""

    def __init__(self, other: Pair | None = None) -> None:
        self.other = other


def make_cycles(n: int) -> None:
    """Make n pairs of objects that refer to each other, and drop them: garbage for the GC."""
    raise NotImplementedError("make_cycles is not written yet")


class GcWatch:
    """A context manager that writes down every collection the cyclic GC runs inside it."""

    def __init__(self, threshold: int | None = None) -> None:
        self.threshold = threshold
        self.collections: list[tuple[int, int]] = []  # (generation, objects collected)

    def __enter__(self) -> GcWatch:
        raise NotImplementedError("__enter__ is not written yet")

    def __exit__(self, *error: object) -> None:
        raise NotImplementedError("__exit__ is not written yet")

    def total_collected(self) -> int:
        """How many objects the collections inside the block freed, in all."""
        raise NotImplementedError("total_collected is not written yet")

    def per_generation(self) -> list[int]:
        """How many collections of generation 0, 1 and 2 ran inside the block."""
        raise NotImplementedError("per_generation is not written yet")
