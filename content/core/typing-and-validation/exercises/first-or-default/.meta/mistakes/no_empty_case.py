from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def first_or_default(items: Sequence[T], default: T) -> T:
    return items[0]


def last_or_default(items: Sequence[T], default: T) -> T:
    return items[-1]


def opening_act(acts: list[str]) -> str:
    return first_or_default(acts, "to be announced")


def headliner(acts: list[str]) -> str:
    return last_or_default(acts, "to be announced")


def first_set_minutes(set_lengths: list[int]) -> int:
    return first_or_default(set_lengths, 0)


def last_set_minutes(set_lengths: list[int]) -> int:
    return last_or_default(set_lengths, 0)

