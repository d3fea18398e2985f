from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")


def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    groups: dict[K, list[T]] = {}
    for item in items:
        groups[key(item)] = [item]
    return groups


def count_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, int]:
    return {name: len(group) for name, group in group_by(items, key).items()}


def by_length(words: list[str]) -> dict[int, list[str]]:
    return group_by(words, len)


def team_rosters(players: list[tuple[str, str]]) -> dict[str, list[str]]:
    teams = group_by(players, lambda player: player[1])
    return {team: [name for name, _ in members] for team, members in teams.items()}


def vote_count(votes: list[str]) -> dict[str, int]:
    return count_by(votes, lambda vote: vote.strip().lower())
