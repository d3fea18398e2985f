"""The ladder's gates: one rung at a time, a new attempt per rung, the cap, never the solution."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pyascent.tutor.context import LadderState, Level, TutorSettings
from pyascent.tutor.ladder import advance, next_level
from pyascent.tutor.route import Intent

from .ladder_exercises import at, mutation, running_total


def test_a_first_turn_explains_and_l0_l1_are_always_given() -> None:
    context = at(running_total(attempts=0, failed_attempts=0), None, 0)
    assert next_level(context, None).level is Level.EXPLAIN
    step = next_level(context, Level.LOCATE)
    assert (step.level, step.refused) == (Level.LOCATE, False)
    assert next_level(at(context, Level.EXPLAIN, 0), Level.EXPLAIN).level is Level.EXPLAIN


def test_skipping_a_level_is_refused_and_the_highest_allowed_is_given() -> None:
    context = at(running_total(attempts=5), Level.EXPLAIN, 1)  # new attempts since
    step = next_level(context, Level.STRATEGY)
    assert step.refused
    assert step.level is Level.LOCATE  # L1 is always allowed, L2 would be a climb of two
    assert "one level at a time" in step.reason
    from_nothing = next_level(at(context, None, 0), Level.CONCEPT)
    assert (from_nothing.level, from_nothing.refused) == (Level.LOCATE, True)


def test_climbing_past_locate_needs_a_newer_attempt() -> None:
    stale = at(running_total(attempts=2), Level.CONCEPT, 2)
    step = next_level(stale, Level.STRATEGY)
    assert (step.level, step.refused) == (Level.CONCEPT, True)
    assert "new try" in step.reason
    fresh = at(running_total(attempts=3), Level.CONCEPT, 2)
    assert next_level(fresh, Level.STRATEGY) == next_level(fresh, Level.STRATEGY)
    assert next_level(fresh, Level.STRATEGY).level is Level.STRATEGY
    assert not next_level(fresh, Level.STRATEGY).refused


def test_concept_comes_after_an_attempt_or_when_asked() -> None:
    stale = at(running_total(attempts=2), Level.LOCATE, 2)
    assert next_level(stale, None).level is Level.LOCATE  # no new attempt: same rung
    assert next_level(stale, Level.CONCEPT).level is Level.CONCEPT  # an explicit request
    fresh = at(running_total(attempts=3), Level.LOCATE, 2)
    assert next_level(fresh, None).level is Level.CONCEPT


def test_without_a_request_the_ladder_climbs_one_rung_per_attempt_up_to_strategy() -> None:
    context = at(running_total(attempts=2), None, 0)
    levels = []
    for attempt in range(2, 9):
        context = replace(context, attempts=attempt, failed_attempts=attempt)
        step = next_level(context, None)
        levels.append(step.level)
        context = replace(context, ladder=advance(context.ladder, step.level, attempt))
    assert levels == [
        Level.EXPLAIN,
        Level.LOCATE,
        Level.CONCEPT,
        Level.STRATEGY,
        Level.STRATEGY,  # a puzzle is only given when asked for
        Level.STRATEGY,
        Level.STRATEGY,
    ]


def test_a_puzzle_needs_enough_failed_attempts() -> None:
    few = at(running_total(attempts=5, failed_attempts=2), Level.STRATEGY, 4)
    step = next_level(few, Level.SCAFFOLD)
    assert (step.level, step.refused) == (Level.STRATEGY, True)
    assert "3 tries" in step.reason and "Try 1 more time" in step.reason
    enough = replace(few, failed_attempts=3)
    assert next_level(enough, Level.SCAFFOLD).level is Level.SCAFFOLD
    stricter = replace(enough, settings=TutorSettings(attempts_for_scaffold=5))
    assert next_level(stricter, Level.SCAFFOLD).level is Level.STRATEGY


def test_the_instructors_highest_level_is_a_cap() -> None:
    capped = replace(
        at(running_total(attempts=9, failed_attempts=9), Level.LOCATE, 1),
        settings=TutorSettings(max_level=Level.LOCATE),
    )
    step = next_level(capped, Level.CONCEPT)
    assert (step.level, step.refused) == (Level.LOCATE, True)
    assert 'stop at level 1 ("find the spot")' in step.reason
    assert next_level(capped, None).level is Level.LOCATE


@pytest.mark.parametrize("current", [None, Level.LOCATE, Level.STRATEGY, Level.SCAFFOLD])
def test_reveal_is_never_given_by_the_ladder(current: Level | None) -> None:
    context = at(mutation(attempts=20, failed_attempts=20), current, 1)
    step = next_level(context, Level.REVEAL)
    assert step.level < Level.REVEAL
    assert step.refused
    assert "solution page" in step.reason
    if current is Level.SCAFFOLD:
        assert step.level is Level.SCAFFOLD  # the highest allowed rung


def test_a_passed_verdict_only_explains_and_says_well_done() -> None:
    passed = at(running_total(status="passed", failing=None, attempts=4), Level.STRATEGY, 1)
    step = next_level(passed, Level.SCAFFOLD)
    assert step.level is Level.EXPLAIN
    assert "Well done" in step.reason


@pytest.mark.parametrize("intent", [Intent.ANSWER_REQUEST, Intent.INJECTION])
def test_an_answer_request_or_injection_never_raises_the_level(intent: Intent) -> None:
    context = at(running_total(attempts=7, failed_attempts=7), Level.LOCATE, 2)
    for requested in (None, Level.CONCEPT, Level.SCAFFOLD, Level.REVEAL):
        assert next_level(context, requested, intent).level is Level.LOCATE
    assert next_level(context, None, Intent.STUCK).level is Level.CONCEPT  # the control


def test_going_back_down_is_always_allowed() -> None:
    context = at(running_total(attempts=2), Level.STRATEGY, 2)
    assert next_level(context, Level.CONCEPT).level is Level.CONCEPT
    assert not next_level(context, Level.CONCEPT).refused


def test_advance_records_the_highest_rung_and_the_attempt_it_was_reached_at() -> None:
    state = advance(LadderState(), Level.EXPLAIN, 1)
    assert state == LadderState(level=Level.EXPLAIN, attempt_at_level=1)
    state = advance(state, Level.LOCATE, 1)
    assert (state.level, state.attempt_at_level) == (Level.LOCATE, 1)
    state = advance(state, Level.EXPLAIN, 3)  # back down: not a climb, nothing forgotten
    assert (state.level, state.attempt_at_level) == (Level.LOCATE, 1)
    state = advance(state, Level.STRATEGY, 4, hints_total=2)
    state = advance(state, Level.STRATEGY, 5, hints_total=2)
    state = advance(state, Level.STRATEGY, 6, hints_total=2)
    assert state == LadderState(level=Level.STRATEGY, attempt_at_level=4, hints_used=2)
