"""The same pixel with and without __slots__, and tracemalloc to weigh them."""

import tracemalloc


class Pixel:
    """A pixel with an ordinary instance dictionary."""

    def __init__(self, x: int = 0, y: int = 0, colour: str = "red") -> None:
        self.x = x
        self.y = y
        self.colour = colour


class SlotPixel:
    """The same pixel with fixed slots instead of a __dict__ (and room for weak references)."""

    __slots__ = ("x", "y", "colour", "__weakref__")

    def __init__(self, x: int = 0, y: int = 0, colour: str = "red") -> None:
        self.x = x
        self.y = y
        self.colour = colour


def bytes_per_instance(cls: type, n: int) -> float:
    """The bytes tracemalloc sees allocated for each of n instances cls()."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        instances = []
        for _ in range(n):
            instances.append(cls())
        after, _ = tracemalloc.get_traced_memory()
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return (after - before) / n
