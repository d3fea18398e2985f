"""A lazy attribute: worked out on first use, then stored in the instance."""

from collections.abc import Callable
from typing import Any


class lazy:
    """A non-data descriptor: computes the value once per instance, then gets out of the way."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function

    # Write __set_name__ and __get__ (and nothing else: no __set__).


# A class that uses lazy (given: do not change it).


class Report:
    """Numbers from a source that is slow to read; each summary is worked out once."""

    def __init__(self, source: Callable[[], list[float]]) -> None:
        self.source = source

    @lazy
    def numbers(self) -> list[float]:
        """The numbers, read once from the source."""
        return list(self.source())

    @lazy
    def total(self) -> float:
        """The sum of the numbers."""
        return sum(self.numbers)

    def _biggest(self) -> float:
        return max(self.numbers)

    largest = lazy(_biggest)
