from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def first_or_default(items: Sequence[T], default: T) -> T:
    """The first item of items, or default when items is empty."""
    return items[0] if items else default


def last_or_default(items: Sequence[T], default: T) -> T:
    """The last item of items, or default when items is empty."""
    return items[-1] if items else default


def opening_act(acts: list[str]) -> str:
    """The band that plays first, or "to be announced" when there are none yet."""
    return first_or_default(acts, "to be announced")


def headliner(acts: list[str]) -> str:
    """The band that plays last, or "to be announced" when there are none yet."""
    return last_or_default(acts, "to be announced")


def first_set_minutes(set_lengths: list[int]) -> int:
    """How long the first set lasts, in minutes, or 0 when there are no sets."""
    return first_or_default(set_lengths, 0)


def last_set_minutes(set_lengths: list[int]) -> int:
    """How long the last set lasts, in minutes, or 0 when there are no sets."""
    return last_or_default(set_lengths, 0)
