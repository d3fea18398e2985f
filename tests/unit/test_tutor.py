"""Solution policy and streak arithmetic."""

from __future__ import annotations

from datetime import date

from pyascent.tutor import SolutionPolicy, SolutionRule, solution_allowed, streak_of


def allowed(rule: SolutionRule, **state: int | bool) -> bool:
    base: dict[str, int | bool] = {
        "passed": False,
        "hints_shown": 0,
        "hints_total": 3,
        "failed_attempts": 0,
    }
    return solution_allowed(SolutionPolicy(rule, 3), **{**base, **state})[0]  # type: ignore[arg-type]


def test_default_policy_needs_a_pass_or_all_hints_and_tries() -> None:
    rule = SolutionRule.AFTER_PASS_OR_HINTS
    assert allowed(rule, passed=True)
    assert not allowed(rule, hints_shown=3, failed_attempts=2)
    assert not allowed(rule, hints_shown=2, failed_attempts=5)
    assert allowed(rule, hints_shown=3, failed_attempts=3)


def test_other_rules() -> None:
    assert allowed(SolutionRule.ALWAYS)
    assert not allowed(SolutionRule.NEVER, passed=True)
    assert not allowed(SolutionRule.AFTER_PASS, hints_shown=3, failed_attempts=9)


def test_streaks() -> None:
    days = [date(2026, 11, d) for d in (1, 2, 3, 10, 19, 20)]
    assert streak_of(days, date(2026, 11, 21)).current == 2  # yesterday still counts
    assert streak_of(days, date(2026, 11, 22)).current == 0
    assert streak_of(days, date(2026, 11, 20)).longest == 3
    assert streak_of([], date(2026, 11, 20)).current == 0
