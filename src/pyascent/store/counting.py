"""What a verdict earns in progress: one learner's row of one exercise, created when
missing. Shared by the learner's store (progress.py) and the queue's workers
(grading_queue.py), so a verdict counts the same wherever it was graded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pyascent.store.tables import Attempt, ExerciseProgress


@dataclass(frozen=True)
class ProgressRecord:
    exercise_id: str
    status: str
    hints_shown: int
    failed_attempts: int
    solution_viewed: bool
    first_passed_at: datetime | None


def _now() -> datetime:
    return datetime.now(UTC)


def touch_progress(
    session: Session,
    learner_id: int,
    course_id: str,
    exercise_id: str,
    change: Any,
    create_status: str = "attempted",
) -> ProgressRecord:
    """Change one learner's progress row of an exercise, creating it when missing."""
    row = session.scalar(
        select(ExerciseProgress).where(
            ExerciseProgress.learner_id == learner_id,
            ExerciseProgress.course_id == course_id,
            ExerciseProgress.exercise_id == exercise_id,
        )
    )
    if row is None:
        row = ExerciseProgress(
            learner_id=learner_id,
            course_id=course_id,
            exercise_id=exercise_id,
            status=create_status,
            hints_shown=0,
            failed_attempts=0,
            solution_viewed=False,
            updated_at=_now(),
        )
        session.add(row)
    elif row.status == "new" and create_status == "attempted":
        row.status = "attempted"
    change(row)
    row.updated_at = _now()
    session.flush()
    return record_of(row)


def count_verdict(session: Session, attempt: Attempt, status: str) -> ProgressRecord:
    """The progress a verdict of `attempt` earns its learner (done, or one more failure)."""

    passing = _passing_tests(attempt.verdict)
    now = _now()

    def update(progress: ExerciseProgress) -> None:
        progress.runs = (progress.runs or 0) + 1
        progress.last_run_at = now
        if passing > (progress.best_passed or 0) or status == "passed":
            progress.best_passed = max(passing, progress.best_passed or 0)
            progress.progress_at = now
        if status == "passed":
            progress.status = "done"
            progress.first_passed_at = progress.first_passed_at or now
            progress.fails_in_row = 0
        else:
            progress.failed_attempts += 1
            progress.fails_in_row = (progress.fails_in_row or 0) + 1

    return touch_progress(
        session, attempt.learner_id, attempt.course_id, attempt.exercise_id, update
    )


def _passing_tests(verdict: str | None) -> int:
    """How many tests a stored verdict passed (0 when it has none, or cannot be read)."""
    try:
        tests = json.loads(verdict or "{}").get("tests", ())
        return sum(1 for test in tests if test.get("status") == "passed")
    except (ValueError, AttributeError):
        return 0


def record_of(row: ExerciseProgress) -> ProgressRecord:
    return ProgressRecord(
        exercise_id=row.exercise_id,
        status=row.status,
        hints_shown=row.hints_shown,
        failed_attempts=row.failed_attempts,
        solution_viewed=row.solution_viewed,
        first_passed_at=row.first_passed_at,
    )
