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
    for _ in range(n):
        first = Pair()
        first.other = Pair(first)


class GcWatch:
    """A context manager that writes down every collection the cyclic GC runs inside it."""

    def __init__(self, threshold: int | None = None) -> None:
        self.threshold = threshold
        self.collections: list[tuple[int, int]] = []  # (generation, objects collected)

    def _on_collection(self, phase: str, info: dict[str, Any]) -> None:
        self.collections.append((info["generation"], info["collected"]))

    def __enter__(self) -> GcWatch:
        self._saved = gc.get_threshold()
        if self.threshold is not None:
            gc.set_threshold(self.threshold, self._saved[1], self._saved[2])
        gc.callbacks.append(self._on_collection)
        return self

    def __exit__(self, *error: object) -> None:
        gc.callbacks.remove(self._on_collection)
        if self.threshold is not None:
            gc.set_threshold(*self._saved)

    def total_collected(self) -> int:
        """How many objects the collections inside the block freed, in all."""
        return sum(collected for _, collected in self.collections)

    def per_generation(self) -> list[int]:
        """How many collections of generation 0, 1 and 2 ran inside the block."""
        counts = [0, 0, 0]
        for generation, _ in self.collections:
            counts[generation] += 1
        return counts
