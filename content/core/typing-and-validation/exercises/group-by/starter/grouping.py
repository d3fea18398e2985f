from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")  # the type of the items
# Define a second type variable, K, for the type of the keys.


# Step 1: give these two generic type hints (T, K and Callable), then write them.

def group_by(items, key):
    """Put the items into lists by key(item); each list keeps the items in their order."""
    raise NotImplementedError("write group_by")


def count_by(items, key):
    """How many items share each key(item)."""
    raise NotImplementedError("write count_by")


# Step 2: write these three with group_by and count_by. Keep their hints as they are:
# mypy checks that your generic hints fit them.

def by_length(words: list[str]) -> dict[int, list[str]]:
    """The words grouped by their number of letters."""
    raise NotImplementedError("write by_length")


def team_rosters(players: list[tuple[str, str]]) -> dict[str, list[str]]:
    """From (player, team) pairs: each team with the names of its players, in order."""
    raise NotImplementedError("write team_rosters")


def vote_count(votes: list[str]) -> dict[str, int]:
    """How many votes each choice got; "Tea", "tea" and " tea " are the same choice."""
    raise NotImplementedError("write vote_count")
