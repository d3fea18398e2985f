"""LearnerService's own logic, on a real SQLite file and a scripted grader (no sandbox)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyascent.services import (
    GradingBusy,
    GradingFailed,
    InputRefused,
    LearnerService,
    ServiceError,
    Settings,
    StorageError,
    load_course_or_explain,
)
from pyascent.store import ProgressStore, sqlite_url
from tests.conftest import GOLDEN
from tests.fakes import FAILED, PASSED, ScriptedGrader

RIGHT = b"def add(a, b):\n    return a + b\n"


@pytest.fixture
def grader() -> ScriptedGrader:
    return ScriptedGrader([FAILED, PASSED])


@pytest.fixture
def service(tmp_path: Path, grader: ScriptedGrader) -> Iterator[LearnerService]:
    course = load_course_or_explain(GOLDEN / "pack")
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), course.id)
    with LearnerService(course, store, grader, Settings(max_code_kb=1)) as opened:
        yield opened


def test_a_failed_then_passed_check_moves_the_learner_on(
    service: LearnerService, grader: ScriptedGrader
) -> None:
    adder = service.resolve("adder")
    first = service.submit(adder, {"adder.py": RIGHT}, "web")
    assert first.verdict.status == "failed" and not first.newly_done
    assert service.status_of(adder) == "attempted"
    second = service.submit(adder, {"adder.py": RIGHT}, "web")
    assert second.newly_done and second.next_exercise is not None
    assert second.next_exercise.id == "double"
    assert service.statuses() == {"adder": "done"}
    assert [entry[2] for entry in service.history("adder")] == ["passed", "failed"]
    assert grader.jobs[0].files == {"adder.py": RIGHT}
    assert grader.jobs[0].hide, "the course pack is hidden from the check"


def test_grader_failures_become_service_errors(
    service: LearnerService, grader: ScriptedGrader
) -> None:
    adder = service.resolve("adder")
    grader.busy_after = 2.6
    with pytest.raises(GradingBusy) as busy:
        service.submit(adder, {"adder.py": RIGHT}, "web")
    assert busy.value.retry_after == 2.6 and "Try again in 3 s" in str(busy.value)
    grader.busy_after, grader.broken = None, "no worker could start"
    with pytest.raises(GradingFailed, match="Grading failed on this machine: no worker"):
        service.submit(adder, {"adder.py": RIGHT}, "web")


def test_unknown_files_and_exercises_are_refused(service: LearnerService) -> None:
    with pytest.raises(ServiceError, match=r"There is no exercise 'addr'\. Did you mean: adder"):
        service.resolve("addr")
    with pytest.raises(ServiceError, match=r"'other\.py' is not a file of exercise 'adder'"):
        service.submit(service.resolve("adder"), {"other.py": b"x"}, "web")


def test_drafts_are_checked_by_the_same_rule_and_shown_safely(
    service: LearnerService, tmp_path: Path
) -> None:
    adder = service.resolve("adder")
    with pytest.raises(InputRefused) as bad:
        service.save_draft(adder, {"adder.py": "x = '\ud800'"})
    assert bad.value.reason == "not-utf8"
    with pytest.raises(InputRefused) as big:
        service.save_draft(adder, {"adder.py": "x" * 2000})
    assert big.value.reason == "too-large" and "the limit is 1 KB" in str(big.value)
    assert service.draft(adder)["adder.py"].startswith("def add"), "the starter is kept"
    service.save_draft(adder, {"adder.py": ""})
    assert service.draft(adder) == {"adder.py": ""}, "an empty draft is a draft"
    # A draft stored by an older version with a lone surrogate is shown, not a crash.
    service.store.save_draft("adder", {"adder.py": "a\ud800b"})
    assert service.draft(adder) == {"adder.py": "a\ufffdb"}


def test_a_database_locked_in_the_middle_of_a_check_reads_as_at_start_up(
    service: LearnerService, tmp_path: Path
) -> None:
    adder = service.resolve("adder")
    holder = sqlite3.connect(tmp_path / "p.db", isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as locked:
            service.submit(adder, {"adder.py": RIGHT}, "cli")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(locked.value) == (
        f"The progress database {tmp_path / 'p.db'} is locked by another program (waited 5 s). "
        "Close other pyascent windows (watch, serve) and retry."
    )


def test_examples_run_through_the_runner(service: LearnerService, grader: ScriptedGrader) -> None:
    assert service.run_example("print(1)").stdout == "print(1)"
    assert grader.runs[0].limits.wall_seconds == 6
    grader.busy_after = 1.0
    with pytest.raises(GradingBusy):
        service.run_example("print(1)")


def test_leaving_the_with_block_closes_the_grader(tmp_path: Path) -> None:
    course = load_course_or_explain(GOLDEN / "pack")
    grader = ScriptedGrader()
    store = ProgressStore(sqlite_url(tmp_path / "q.db"), course.id)
    with LearnerService(course, store, grader, Settings()):
        assert not grader.closed
    assert grader.closed
