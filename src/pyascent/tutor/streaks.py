"""Streaks: consecutive days with practice, the habit the roadmap is built on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int


def streak_of(days: list[date], today: date) -> Streak:
    """`current` counts back from today (or yesterday, so a streak survives until midnight)."""
    unique = sorted(set(days))
    longest = run = 0
    previous: date | None = None
    for day in unique:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    present = set(unique)
    cursor = today if today in present else today - timedelta(days=1)
    while cursor in present:
        current += 1
        cursor -= timedelta(days=1)
    return Streak(current=current, longest=longest)
