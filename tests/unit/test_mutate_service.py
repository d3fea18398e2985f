"""The mutation service's own logic on a scripted grader: limits, timeouts, grader faults."""

from __future__ import annotations

from dataclasses import replace

from pyascent.course import EquivalentMutant, Exercise
from pyascent.grader import Verdict
from pyascent.services.mutation import TIME_FLOOR_SECONDS, MutantCheck, judge_mutant, plan_mutants
from tests.fakes import FAILED, PASSED, ScriptedGrader

TIMEOUT = Verdict(status="timeout", summary="Stopped after 2 s.", verified=True)


def first_check(adder: Exercise) -> MutantCheck:
    checks, problems = plan_mutants(adder)
    assert problems == [] and len(checks) == 2
    return checks[0]


def test_a_mutant_gets_a_tighter_time_limit_never_above_the_exercise(adder: Exercise) -> None:
    grader = ScriptedGrader([FAILED])
    assert judge_mutant(first_check(adder), grader, 0.01) is True
    (job,) = grader.jobs
    assert job.limits.wall_seconds == TIME_FLOOR_SECONDS
    assert job.limits.cpu_seconds == 1  # adder's own cpu limit is below the floor
    assert job.files["adder.py"] == first_check(adder).mutant.source.encode()


def test_a_timeout_kills_and_a_pass_survives(adder: Exercise) -> None:
    assert judge_mutant(first_check(adder), ScriptedGrader([TIMEOUT]), 0.01) is True
    assert judge_mutant(first_check(adder), ScriptedGrader([PASSED]), 0.01) is False


def test_a_declared_equivalent_that_times_out_is_graded_again_with_full_limits(
    adder: Exercise,
) -> None:
    check = first_check(adder)
    declared = replace(
        adder, equivalent_mutants=(EquivalentMutant(check.mutant.id, "Slow but the same."),)
    )
    grader = ScriptedGrader([TIMEOUT, PASSED])
    assert judge_mutant(MutantCheck(declared, check.mutant), grader, 0.01) is False
    tight, full = grader.jobs
    assert tight.limits.wall_seconds == TIME_FLOOR_SECONDS
    assert full.limits.wall_seconds == 3  # adder's exercise.toml


def test_a_grader_fault_is_reported_not_counted(adder: Exercise) -> None:
    outcome = judge_mutant(first_check(adder), ScriptedGrader(broken="no workers"), 0.01)
    assert isinstance(outcome, str) and "the grader failed on mutant" in outcome
