"""Regrade batches: the submissions a batch re-runs, each verdict before and after, and the
step that puts the new verdicts in place and recounts the learners' progress from them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.class_tables import RegradeItemRow, RegradeRow
from pyascent.store.database import translated
from pyascent.store.errors import NotFound
from pyascent.store.progress import WITHOUT_VERDICT
from pyascent.store.tables import Attempt, ExerciseProgress


@dataclass(frozen=True)
class RegradeRecord:
    id: int
    cohort_id: int
    exercise_id: str
    state: str
    requested_by: str
    created_at: datetime
    finished_at: datetime | None
    total: int
    done: int
    error: str | None


@dataclass(frozen=True)
class RegradeItem:
    attempt_id: int
    learner_id: int
    files: dict[str, str]
    old_status: str
    new_status: str | None
    new_verdict: dict[str, Any] | None


def _aware(stamp: datetime | None) -> datetime | None:
    if stamp is None or stamp.tzinfo is not None:
        return stamp
    return stamp.replace(tzinfo=UTC)


def _record(row: RegradeRow) -> RegradeRecord:
    return RegradeRecord(
        row.id,
        row.cohort_id,
        row.exercise_id,
        row.state,
        row.requested_by,
        _aware(row.created_at) or row.created_at,
        _aware(row.finished_at),
        row.total,
        row.done,
        row.error,
    )


class RegradeStore:
    def __init__(self, url: str, engine: Engine, course_id: str) -> None:
        self.url = url
        self.course_id = course_id
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def create(
        self, cohort_id: int, exercise_id: str, learner_ids: list[int], by: str, now: datetime
    ) -> RegradeRecord:
        """A batch of every graded attempt of these learners at the exercise."""
        with translated(self.url), self._session() as session:
            attempts = session.execute(
                select(Attempt.id, Attempt.status, Attempt.verdict).where(
                    Attempt.course_id == self.course_id,
                    Attempt.exercise_id == exercise_id,
                    Attempt.learner_id.in_(learner_ids),
                    Attempt.status.not_in(WITHOUT_VERDICT),
                )
            ).all()
            batch = RegradeRow(
                cohort_id=cohort_id,
                exercise_id=exercise_id,
                state="queued",
                requested_by=by,
                created_at=now,
                total=len(attempts),
                done=0,
            )
            session.add(batch)
            session.flush()
            session.add_all(
                RegradeItemRow(
                    regrade_id=batch.id,
                    attempt_id=number,
                    old_status=status,
                    old_verdict=verdict or "{}",
                )
                for number, status, verdict in attempts
            )
            session.commit()
            return _record(batch)

    def get(self, regrade_id: int) -> RegradeRecord:
        with translated(self.url), self._session() as session:
            row = session.get(RegradeRow, regrade_id)
            if row is None:
                raise NotFound(f"regrade {regrade_id} does not exist")
            return _record(row)

    def of_cohort(self, cohort_id: int) -> list[RegradeRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(RegradeRow)
                .where(RegradeRow.cohort_id == cohort_id)
                .order_by(RegradeRow.id.desc())
            )
            return [_record(row) for row in rows]

    def attempt_files(self, attempt_id: int) -> dict[str, str]:
        """The files of one attempt (whoever's: callers check who may read them)."""
        with translated(self.url), self._session() as session:
            files = session.scalar(select(Attempt.files).where(Attempt.id == attempt_id))
            if files is None:
                raise NotFound(f"attempt {attempt_id} does not exist")
            loaded: dict[str, str] = json.loads(files)
            return loaded

    def set_state(self, regrade_id: int, state: str, **fields: object) -> None:
        with translated(self.url), self._session() as session:
            session.execute(
                update(RegradeRow).where(RegradeRow.id == regrade_id).values(state=state, **fields)
            )
            session.commit()

    def items(self, regrade_id: int) -> list[RegradeItem]:
        with translated(self.url), self._session() as session:
            rows = session.execute(
                select(RegradeItemRow, Attempt.learner_id, Attempt.files)
                .join(Attempt, Attempt.id == RegradeItemRow.attempt_id)
                .where(RegradeItemRow.regrade_id == regrade_id)
                .order_by(RegradeItemRow.attempt_id)
            ).all()
            return [
                RegradeItem(
                    attempt_id=item.attempt_id,
                    learner_id=learner,
                    files=json.loads(files),
                    old_status=item.old_status,
                    new_status=item.new_status,
                    new_verdict=None if item.new_verdict is None else json.loads(item.new_verdict),
                )
                for item, learner, files in rows
            ]

    def record_verdict(
        self, regrade_id: int, attempt_id: int, status: str, verdict: dict[str, Any]
    ) -> None:
        with translated(self.url), self._session() as session:
            item = session.scalar(
                select(RegradeItemRow).where(
                    RegradeItemRow.regrade_id == regrade_id,
                    RegradeItemRow.attempt_id == attempt_id,
                )
            )
            if item is None:
                raise NotFound(f"attempt {attempt_id} is not in regrade {regrade_id}")
            first = item.new_status is None
            item.new_status = status
            item.new_verdict = json.dumps(verdict)
            if first:
                session.execute(
                    update(RegradeRow)
                    .where(RegradeRow.id == regrade_id)
                    .values(done=RegradeRow.done + 1)
                )
                # the last submission graded, wherever: the batch is graded (once)
                session.execute(
                    update(RegradeRow)
                    .where(
                        RegradeRow.id == regrade_id,
                        RegradeRow.done >= RegradeRow.total,
                        RegradeRow.state.in_(("queued", "running")),
                    )
                    .values(state="graded", finished_at=func.now())
                )
            session.commit()

    def missing(self, regrade_id: int) -> list[int]:
        """Submissions of the batch with no new verdict yet."""
        with translated(self.url), self._session() as session:
            return list(
                session.scalars(
                    select(RegradeItemRow.attempt_id).where(
                        RegradeItemRow.regrade_id == regrade_id,
                        RegradeItemRow.new_status.is_(None),
                    )
                )
            )

    def apply(self, regrade_id: int, now: datetime) -> list[tuple[int, str]]:
        """Put every new verdict in place and recount the progress of the learners touched;
        returns the (learner id, exercise id) pairs recounted. The old verdicts stay in the
        batch's items."""
        with translated(self.url), self._session() as session:
            batch = session.get(RegradeRow, regrade_id)
            if batch is None:
                raise NotFound(f"regrade {regrade_id} does not exist")
            items = session.scalars(
                select(RegradeItemRow).where(
                    RegradeItemRow.regrade_id == regrade_id,
                    RegradeItemRow.new_status.is_not(None),
                )
            ).all()
            learners: set[int] = set()
            for item in items:
                attempt = session.get(Attempt, item.attempt_id)
                if attempt is None:
                    continue
                attempt.status = item.new_status or attempt.status
                attempt.verdict = item.new_verdict
                learners.add(attempt.learner_id)
            session.flush()
            for learner in learners:
                _recount(session, learner, self.course_id, batch.exercise_id)
            batch.state = "applied"
            batch.finished_at = now
            session.commit()
            return [(learner, batch.exercise_id) for learner in sorted(learners)]


def _recount(session: Session, learner_id: int, course_id: str, exercise_id: str) -> None:
    """Progress of one learner's exercise from its graded attempts, oldest first (what
    counting.py would have kept had these verdicts been the first ones)."""
    row = session.scalar(
        select(ExerciseProgress).where(
            ExerciseProgress.learner_id == learner_id,
            ExerciseProgress.course_id == course_id,
            ExerciseProgress.exercise_id == exercise_id,
        )
    )
    if row is None:
        return
    attempts = session.execute(
        select(Attempt.status, Attempt.verdict, Attempt.created_at)
        .where(
            Attempt.learner_id == learner_id,
            Attempt.course_id == course_id,
            Attempt.exercise_id == exercise_id,
            Attempt.status.not_in(WITHOUT_VERDICT),
        )
        .order_by(Attempt.id)
    ).all()
    row.status, row.failed_attempts, row.fails_in_row, row.best_passed = "attempted", 0, 0, 0
    row.first_passed_at, row.progress_at, row.runs = None, None, 0
    for status, verdict, stamp in attempts:
        tests = json.loads(verdict or "{}").get("tests", ())
        passing = sum(1 for test in tests if test.get("status") == "passed")
        row.runs += 1
        if passing > row.best_passed or status == "passed":
            row.best_passed = max(row.best_passed, passing)
            row.progress_at = stamp
        if status == "passed":
            row.status = "done"
            row.first_passed_at = row.first_passed_at or stamp
            row.fails_in_row = 0
        else:
            row.failed_attempts += 1
            row.fails_in_row += 1
