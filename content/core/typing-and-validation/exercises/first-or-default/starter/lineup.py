from collections.abc import Sequence
from typing import TypeVar

# A type variable: in a hint, T stands for "some type, the same one each time it appears".
T = TypeVar("T")


# Step 1: add type hints to these two with T, then write their bodies.

def first_or_default(items, default):
    """The first item of items, or default when items is empty."""
    raise NotImplementedError("write first_or_default")


def last_or_default(items, default):
    """The last item of items, or default when items is empty."""
    raise NotImplementedError("write last_or_default")


# Step 2: write these four with the two functions above. Keep their hints as they are:
# mypy checks that your hints for the two functions above fit all four.

def opening_act(acts: list[str]) -> str:
    """The band that plays first, or "to be announced" when there are none yet."""
    raise NotImplementedError("write opening_act")


def headliner(acts: list[str]) -> str:
    """The band that plays last, or "to be announced" when there are none yet."""
    raise NotImplementedError("write headliner")


def first_set_minutes(set_lengths: list[int]) -> int:
    """How long the first set lasts, in minutes, or 0 when there are no sets."""
    raise NotImplementedError("write first_set_minutes")


def last_set_minutes(set_lengths: list[int]) -> int:
    """How long the last set lasts, in minutes, or 0 when there are no sets."""
    raise NotImplementedError("write last_set_minutes")
