import pytest

import streak


def longest_streak(steps, goal):
    """Call the learner's function; a breakpoint() left in the code gets a clear message."""
    try:
        return streak.longest_streak(steps, goal)
    except Exception as error:
        if type(error).__name__ == "BdbQuit":
            pytest.fail(
                "Your code stopped at a breakpoint() while being checked: remove the "
                "breakpoint() line (it is for your own runs) and check again",
                pytrace=False,
            )
        raise


def test_the_example_week():
    """Finds the longest run in the example week, which ends on the last day."""
    week = [9000, 4000, 8000, 11000, 9500, 10200]
    assert longest_streak(week, 8000) == 4, (
        "longest_streak([9000, 4000, 8000, 11000, 9500, 10200], 8000) should return 4: "
        "the last four days all reach 8000"
    )


def test_a_streak_that_lasts_to_the_last_day():
    """Counts a streak that is still going on the last day."""
    assert longest_streak([3000, 9000, 9000, 9000], 8000) == 3, (
        "longest_streak([3000, 9000, 9000, 9000], 8000) should return 3: the streak runs "
        "to the last day, and no bad day comes after it to end it. Look at best after the loop"
    )


def test_every_day_reaches_the_goal():
    """A week where every day reaches the goal is one long streak."""
    assert longest_streak([8500, 9000, 12000], 8000) == 3, (
        "longest_streak([8500, 9000, 12000], 8000) should return 3: every day counts"
    )


def test_reaching_the_goal_exactly_counts():
    """A day with exactly the goal counts as reached."""
    assert longest_streak([8000, 8000, 100, 8000], 8000) == 2, (
        "longest_streak([8000, 8000, 100, 8000], 8000) should return 2: a day with "
        "exactly 8000 steps reaches a goal of 8000 (at least the goal, not more than it)"
    )


def test_the_longest_run_is_in_the_middle():
    """Keeps the longest run even when a shorter one comes later."""
    steps = [9000, 100, 9000, 9000, 9000, 100, 9000, 9000]
    assert longest_streak(steps, 8000) == 3, (
        f"longest_streak({steps}, 8000) should return 3: the run in the middle is the "
        "longest, and the shorter run at the end must not replace it"
    )


def test_a_bad_day_ends_the_streak():
    """A day below the goal starts the count again from zero."""
    steps = [9000, 9000, 100, 9000, 9000]
    assert longest_streak(steps, 8000) == 2, (
        f"longest_streak({steps}, 8000) should return 2: the day with 100 steps ends the "
        "first streak, so the count starts again from 0"
    )


def test_no_day_reaches_the_goal():
    """Returns 0 when no day reaches the goal, or there are no days."""
    assert longest_streak([100, 200], 8000) == 0, (
        "longest_streak([100, 200], 8000) should return 0: no day reaches the goal"
    )
    assert longest_streak([], 8000) == 0, "longest_streak([], 8000) should return 0"
