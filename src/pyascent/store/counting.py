"""What a verdict earns in progress: one learner's row of one exercise, created when
missing. Shared by the learner's store (progress.py) and the queue's workers
(grading_queue.py), so a verdict counts the same wherever it was graded."""

from __future__ import annotations

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

    def update(progress: ExerciseProgress) -> None:
        if status == "passed":
            progress.status = "done"
            progress.first_passed_at = progress.first_passed_at or _now()
        else:
            progress.failed_attempts += 1

    return touch_progress(
        session, attempt.learner_id, attempt.course_id, attempt.exercise_id, update
    )


def record_of(row: ExerciseProgress) -> ProgressRecord:
    return ProgressRecord(
        exercise_id=row.exercise_id,
        status=row.status,
        hints_shown=row.hints_shown,
        failed_attempts=row.failed_attempts,
        solution_viewed=row.solution_viewed,
        first_passed_at=row.first_passed_at,
    )
