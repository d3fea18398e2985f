from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")  # the type of the items
K = TypeVar("K")  # the type of the keys


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    """Put the items into lists by key(item); each list keeps the items in their order."""
    groups: dict[K, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def count_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, int]:
    """How many items share each key(item)."""
    return {name: len(group) for name, group in group_by(items, key).items()}


def by_length(words: list[str]) -> dict[int, list[str]]:
    """The words grouped by their number of letters."""
    return group_by(words, len)


def team_rosters(players: list[tuple[str, str]]) -> dict[str, list[str]]:
    """From (player, team) pairs: each team with the names of its players, in order."""
    teams = group_by(players, lambda player: player[1])
    return {team: [name for name, _ in members] for team, members in teams.items()}


def vote_count(votes: list[str]) -> dict[str, int]:
    """How many votes each choice got; "Tea", "tea" and " tea " are the same choice."""
    return count_by(votes, lambda vote: vote.strip().lower())
