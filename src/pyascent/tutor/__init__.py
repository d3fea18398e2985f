"""Pedagogy: when hints and solutions may be shown, how streaks are counted, and when a
card comes back."""

from pyascent.tutor.cards import (
    RATINGS,
    DueCard,
    Scheduled,
    describe_interval,
    due_today,
    interval_if,
    schedule,
)
from pyascent.tutor.policy import SolutionPolicy, SolutionRule, solution_allowed
from pyascent.tutor.streaks import Streak, streak_of

__all__ = [
    "RATINGS",
    "DueCard",
    "Scheduled",
    "SolutionPolicy",
    "SolutionRule",
    "Streak",
    "describe_interval",
    "due_today",
    "interval_if",
    "schedule",
    "solution_allowed",
    "streak_of",
]
