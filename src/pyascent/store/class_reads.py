"""What classroom mode reads of many learners at once: their progress for the grid, their
graded runs for scores, failing verdicts for clusters, recent runs for the anti-oracle limit;
and the stored scores. Plain column reads (no ORM objects): the grid reads 60,000 rows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.class_tables import ScoreRow
from pyascent.store.cohorts import aware
from pyascent.store.database import translated
from pyascent.store.progress import NOT_GRADED, WITHOUT_VERDICT
from pyascent.store.tables import Attempt, ExerciseProgress


@dataclass(frozen=True)
class ProgressCell:
    learner_id: int
    exercise_id: str
    status: str  # attempted | done (a learner with no row has not started)
    runs: int
    fails_in_row: int
    best_passed: int
    progress_at: datetime | None  # when the most tests passed at once last rose
    last_run_at: datetime | None


@dataclass(frozen=True)
class GradedRun:
    attempt_id: int
    learner_id: int
    exercise_id: str
    created_at: datetime
    status: str


@dataclass(frozen=True)
class FailingRun:
    attempt_id: int
    learner_id: int
    created_at: datetime
    verdict: dict[str, Any]


@dataclass(frozen=True)
class ScoreRecord:
    account_id: int
    exercise_id: str
    credit: float
    basis: str
    passed_at: datetime | None
    attempts_through: int


class ClassReads:
    def __init__(self, url: str, engine: Engine, course_id: str) -> None:
        self.url = url
        self.course_id = course_id
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def progress(self, learner_ids: list[int]) -> list[ProgressCell]:
        columns = (
            ExerciseProgress.learner_id,
            ExerciseProgress.exercise_id,
            ExerciseProgress.status,
            ExerciseProgress.runs,
            ExerciseProgress.fails_in_row,
            ExerciseProgress.best_passed,
            ExerciseProgress.progress_at,
            ExerciseProgress.last_run_at,
            ExerciseProgress.updated_at,
        )
        query = select(*columns).where(
            ExerciseProgress.course_id == self.course_id,
            ExerciseProgress.learner_id.in_(learner_ids),
        )
        with translated(self.url), self._session() as session:
            rows = session.execute(query).all()
        return [
            ProgressCell(
                learner_id=learner,
                exercise_id=exercise,
                status=status,
                runs=runs or 0,
                fails_in_row=fails or 0,
                best_passed=best or 0,
                progress_at=aware(progress_at),
                last_run_at=aware(last_run or updated),
            )
            for learner, exercise, status, runs, fails, best, progress_at, last_run, updated in rows
            if status != "new"
        ]

    def graded_runs(self, learner_ids: list[int], exercise_ids: list[str]) -> list[GradedRun]:
        """Every attempt with a verdict of these learners at these exercises, oldest first."""
        query = (
            select(
                Attempt.id,
                Attempt.learner_id,
                Attempt.exercise_id,
                Attempt.created_at,
                Attempt.status,
            )
            .where(
                Attempt.course_id == self.course_id,
                Attempt.learner_id.in_(learner_ids),
                Attempt.exercise_id.in_(exercise_ids),
                Attempt.status.not_in(WITHOUT_VERDICT),
            )
            .order_by(Attempt.id)
        )
        with translated(self.url), self._session() as session:
            rows = session.execute(query).all()
        return [
            GradedRun(number, learner, exercise, aware(stamp) or stamp, status)
            for number, learner, exercise, stamp, status in rows
        ]

    def graded_counts(self, learner_ids: list[int], exercise_ids: list[str]) -> dict[int, int]:
        """How many graded attempts each learner has at these exercises (0s left out)."""
        query = (
            select(Attempt.learner_id, func.count(Attempt.id))
            .where(
                Attempt.course_id == self.course_id,
                Attempt.learner_id.in_(learner_ids),
                Attempt.exercise_id.in_(exercise_ids),
                Attempt.status.not_in(WITHOUT_VERDICT),
            )
            .group_by(Attempt.learner_id)
        )
        with translated(self.url), self._session() as session:
            return {learner: int(count) for learner, count in session.execute(query).all()}

    def failing_runs(
        self, learner_ids: list[int], exercise_id: str, limit: int = 2000
    ) -> list[FailingRun]:
        """The newest failing verdicts at one exercise (not passed, not without verdict)."""
        query = (
            select(Attempt.id, Attempt.learner_id, Attempt.created_at, Attempt.verdict)
            .where(
                Attempt.course_id == self.course_id,
                Attempt.exercise_id == exercise_id,
                Attempt.learner_id.in_(learner_ids),
                Attempt.status.not_in((*WITHOUT_VERDICT, "passed")),
            )
            .order_by(Attempt.id.desc())
            .limit(limit)
        )
        with translated(self.url), self._session() as session:
            rows = session.execute(query).all()
        found = []
        for number, learner, stamp, verdict in rows:
            try:
                data = json.loads(verdict or "{}")
            except ValueError:
                continue
            found.append(FailingRun(number, learner, aware(stamp) or stamp, data))
        return found

    def runs_since(
        self, learner_id: int, exercise_ids: list[str], since: datetime
    ) -> list[datetime]:
        """When this learner sent checks of these exercises since `since`, oldest first; a
        check the platform could not grade does not count against the learner."""
        query = (
            select(Attempt.created_at)
            .where(
                Attempt.course_id == self.course_id,
                Attempt.learner_id == learner_id,
                Attempt.exercise_id.in_(exercise_ids),
                Attempt.created_at >= since,
                Attempt.status != NOT_GRADED,
            )
            .order_by(Attempt.created_at)
        )
        with translated(self.url), self._session() as session:
            return [aware(stamp) or stamp for stamp in session.scalars(query)]

    # -- stored scores ----------------------------------------------------------------------

    def scores(self, assignment_id: int) -> list[ScoreRecord]:
        query = select(
            ScoreRow.account_id,
            ScoreRow.exercise_id,
            ScoreRow.credit,
            ScoreRow.basis,
            ScoreRow.passed_at,
            ScoreRow.attempts_through,
        ).where(ScoreRow.assignment_id == assignment_id)
        with translated(self.url), self._session() as session:
            rows = session.execute(query).all()
        return [
            ScoreRecord(account, exercise, credit, basis, aware(passed), seen)
            for account, exercise, credit, basis, passed, seen in rows
        ]

    def replace_scores(
        self,
        assignment_id: int,
        account_ids: list[int],
        rows: list[ScoreRecord],
        now: datetime,
    ) -> None:
        """Put the scores of these students in place of theirs, in one transaction."""
        with translated(self.url), self._session() as session:
            for start in range(0, len(account_ids), 500):
                chunk = account_ids[start : start + 500]
                session.execute(
                    delete(ScoreRow).where(
                        ScoreRow.assignment_id == assignment_id, ScoreRow.account_id.in_(chunk)
                    )
                )
            if rows:
                session.execute(
                    insert(ScoreRow),
                    [
                        {
                            "assignment_id": assignment_id,
                            "account_id": row.account_id,
                            "exercise_id": row.exercise_id,
                            "credit": row.credit,
                            "basis": row.basis,
                            "passed_at": row.passed_at,
                            "attempts_through": row.attempts_through,
                            "computed_at": now,
                        }
                        for row in rows
                    ],
                )
            session.commit()
