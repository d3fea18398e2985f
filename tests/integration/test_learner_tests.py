"""Exercises where the learner writes the tests: their tests run in the real sandbox against
the subject, its described bugs and its mutants (services/learner_tests.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pyascent.course import load_exercise_folder
from pyascent.grader import Verdict, WorkerPool
from pyascent.services.grading import grade_exercise
from tests.conftest import GOLDEN, Cli

EXERCISE = GOLDEN / "learner_tests" / "clamp-tests"


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(workers=2, warm=True) as grader:
        yield grader


def grade(pool: WorkerPool, tests: str) -> Verdict:
    exercise = load_exercise_folder(EXERCISE)
    return grade_exercise(pool, exercise, {"test_clamp.py": tests.encode()})


def titles(verdict: Verdict) -> dict[str, str]:
    return {t.title or t.name: t.status for t in verdict.tests}


def test_the_reference_tests_pass_and_catch_every_bug_and_mutant(pool: WorkerPool) -> None:
    verdict = grade(pool, (EXERCISE / ".meta" / "solution" / "test_clamp.py").read_text())
    assert verdict.passed, verdict.summary
    assert titles(verdict) == {
        "Your tests pass on a correct clamp.py": "passed",
        "Catches the bug: clamp accepts a range whose low end is above its high end instead "
        "of raising ValueError": "passed",
        "Catches the bug: a value below the range comes back as the high end, and one above "
        "it as the low end": "passed",
        "Catches small changes to clamp.py": "passed",
    }
    assert not verdict.verified  # their tests ran in the sandbox with the subject


def test_weak_tests_hear_which_bugs_and_changes_they_missed(pool: WorkerPool) -> None:
    weak = "from clamp import clamp\n\ndef test_below():\n    assert clamp(-1, 0, 10) == 0\n"
    verdict = grade(pool, weak)
    assert verdict.status == "failed"
    missed = {t.title: t.message or "" for t in verdict.tests if t.status == "failed"}
    assert (
        "Your tests missed this bug: clamp accepts a range whose low end is above its high end "
        "instead of raising ValueError."
    ) in missed[
        "Catches the bug: clamp accepts a range whose low end is above its high end "
        "instead of raising ValueError"
    ]
    assert "swapped" not in str(missed)  # the bug's file name is not what a learner reads
    small = missed["Catches small changes to clamp.py"]
    assert small.startswith("Your tests missed ") and " of 12 small changes to clamp.py" in small
    assert "on line 3 of clamp.py (`if low > high:`)" in small
    assert verdict.summary.startswith("Your tests missed this bug")


def test_a_test_that_fails_on_correct_code_is_reported_first(pool: WorkerPool) -> None:
    wrong = "from clamp import clamp\n\ndef test_inside():\n    assert clamp(5, 0, 10) == 6\n"
    verdict = grade(pool, wrong)
    assert verdict.status == "failed"
    (only,) = verdict.tests
    assert only.title == "Your tests pass on a correct clamp.py"
    assert only.message is not None
    assert only.message.startswith("Your tests fail on a correct clamp.py (as given)")
    assert "test_inside" in only.message


def test_tests_that_read_the_source_instead_of_running_it_fail(pool: WorkerPool) -> None:
    cheat = (
        "from pathlib import Path\n\n"
        "ORIGINAL = " + repr((EXERCISE / "starter" / "clamp.py").read_text()) + "\n\n"
        "def test_source():\n    assert Path('clamp.py').read_text() == ORIGINAL\n"
    )
    verdict = grade(pool, cheat)
    assert verdict.status == "failed"
    (only,) = verdict.tests
    assert only.message is not None and "(written differently)" in only.message


def test_a_file_without_tests_or_that_does_not_load(pool: WorkerPool) -> None:
    empty = grade(pool, "from clamp import clamp\n")
    assert empty.status == "failed"
    assert "no tests yet" in (empty.tests[0].message or "")
    broken = grade(pool, "def test_x(:\n    pass\n")
    assert broken.status == "error" and not broken.passed


def test_the_cli_grades_a_test_file_and_course_check_proves_the_exercise(
    cli: Cli, tmp_path: Path
) -> None:
    mistake = EXERCISE / ".meta" / "mistakes" / "inside_only.py"
    result = cli("grade", str(EXERCISE), str(mistake))
    assert result.returncode == 1
    assert "Your tests missed this bug" in " ".join(result.stdout.split())
    mutants = cli("mutants", str(EXERCISE))
    assert mutants.returncode == 0, mutants.stdout
    assert "14 mutants, 12 killed, 0 survived, 2 equivalent" in " ".join(mutants.stdout.split())
