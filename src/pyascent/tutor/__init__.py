"""Pedagogy: when hints and solutions may be shown, and how streaks are counted."""

from pyascent.tutor.policy import SolutionPolicy, SolutionRule, solution_allowed
from pyascent.tutor.streaks import Streak, streak_of

__all__ = ["SolutionPolicy", "SolutionRule", "Streak", "solution_allowed", "streak_of"]
