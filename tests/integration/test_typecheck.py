"""typecheck = "strict": mypy --strict runs in the real sandbox beside the tests."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyascent.course import load_exercise_folder
from pyascent.grader import Verdict, WorkerPool
from pyascent.services.grading import grade_exercise
from tests.conftest import GOLDEN, Cli

EXERCISE = GOLDEN / "typecheck" / "typed-total"


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(workers=2, warm=True) as grader:
        yield grader


def grade(pool: WorkerPool, code: str) -> Verdict:
    return grade_exercise(pool, load_exercise_folder(EXERCISE), {"basket.py": code.encode()})


def mypy_of(verdict: Verdict) -> tuple[str, str]:
    (found,) = [t for t in verdict.tests if t.name == "mypy"]
    return found.status, found.message or ""


def test_typed_code_that_passes_the_tests_passes_and_stays_verified(pool: WorkerPool) -> None:
    verdict = grade(pool, (EXERCISE / ".meta" / "solution" / "basket.py").read_text())
    assert verdict.passed, verdict.summary
    assert mypy_of(verdict) == ("passed", "")
    assert verdict.verified  # no learner code ran where mypy ran


def test_right_answers_without_types_fail_with_mypys_words_and_lines(pool: WorkerPool) -> None:
    verdict = grade(pool, "def total(prices):\n    return sum(prices)\n")
    assert verdict.status == "failed"
    assert verdict.tests[0].name == "mypy"
    assert all(t.status == "passed" for t in verdict.tests[1:])  # the tests themselves pass
    assert verdict.summary == (
        "mypy --strict found 1 type error: basket.py, line 1: Function is missing a type "
        "annotation  [no-untyped-def]"
    )


def test_wrong_types_are_listed_one_per_line(pool: WorkerPool) -> None:
    code = 'def total(prices: list[str]) -> int:\n    return "".join(prices)\n'
    status, message = mypy_of(grade(pool, code))
    assert status == "failed"
    assert message.startswith("mypy --strict found 1 type error:\nbasket.py, line 2: ")
    assert 'Incompatible return value type (got "str", expected "int")' in message


@pytest.mark.parametrize("comment", ["# type: ignore", "# mypy: ignore-errors"])
def test_comments_that_switch_checking_off_are_refused(pool: WorkerPool, comment: str) -> None:
    code = f"def total(prices):  {comment}\n    return sum(prices)\n"
    status, message = mypy_of(grade(pool, code))
    assert status == "failed"
    assert message.startswith(f"basket.py, line 1: remove `{comment.split(':')[0]}:")


def test_course_check_proves_typed_and_test_writing_exercises(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    """Solutions pass, starters fail, mistakes fail with their words; mutants all killed."""
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    for exercise in (EXERCISE, GOLDEN / "learner_tests" / "clamp-tests"):
        shutil.copytree(exercise, pack / "arith" / "exercises" / exercise.name)
    module = pack / "arith" / "module.toml"
    module.write_text(
        module.read_text().replace('"echo"]', '"echo", "typed-total", "clamp-tests"]')
    )
    result = cli("course", "check", str(pack), "--json")
    report = json.loads(result.stdout)
    assert report["problems"] == [] and result.returncode == 0
    assert report["exercises"] == 6
    mutants = cli("mutants", str(EXERCISE))
    assert mutants.returncode == 0, mutants.stdout
