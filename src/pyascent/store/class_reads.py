"""What classroom mode reads of many learners at once: their progress for the grid, their
graded runs for scores, failing verdicts for clusters, recent runs for the anti-oracle limit;
and the stored scores. Plain column reads (no ORM objects): the grid reads 60,000 rows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Engine, Integer, cast, delete, func, insert, literal, select
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.class_tables import ScoreRow
from pyascent.store.cohorts import aware
from pyascent.store.database import translated
from pyascent.store.progress import NOT_GRADED, WITHOUT_VERDICT
from pyascent.store.tables import Attempt, ExerciseProgress


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


class GridRow(NamedTuple):
    """One progress row as the grid needs it, the minutes computed by the database (a
    tuple: 60,000 of them are made per grid, and a frozen dataclass costs five times more)."""

    learner_id: int
    exercise_id: str
    done: bool
    runs: int
    fails_in_row: int
    minutes_idle: int  # since the most tests passed at once last rose (or the first run)
    minutes_since_run: int
    progressed: bool  # a test ever passed


def _minutes_since(dialect: str, column: Any, now: datetime) -> Any:
    """Whole minutes from `column` to `now`, computed in SQL (reading 60,000 datetimes
    back into Python costs more than the rest of the grid)."""
    if dialect == "sqlite":
        stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
        return cast((func.julianday(stamp) - func.julianday(column)) * 1440.0, Integer)
    return cast(func.extract("epoch", literal(now) - column) / 60.0, Integer)


class ClassReads:
    def __init__(self, url: str, engine: Engine, course_id: str) -> None:
        self.url = url
        self.course_id = course_id
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._dialect = engine.dialect.name
        self._engine = engine

    def _session(self) -> Session:
        return self._sessions()

    def grid_rows(self, learner_ids: list[int], now: datetime) -> list[GridRow]:
        """The progress rows of these learners (not-started cells have none), fast."""
        dialect = self._dialect
        row = ExerciseProgress
        last = func.coalesce(row.last_run_at, row.updated_at)
        query = select(
            row.learner_id,
            row.exercise_id,
            row.status,
            row.runs,
            row.fails_in_row,
            _minutes_since(dialect, func.coalesce(row.progress_at, last), now),
            _minutes_since(dialect, last, now),
            row.progress_at.is_not(None),
        ).where(row.course_id == self.course_id, row.learner_id.in_(learner_ids))
        # The driver's own cursor: SQLAlchemy's rows cost as much as the query here.
        compiled = query.compile(dialect=self._engine.dialect,
                                 compile_kwargs={"render_postcompile": True})  # fmt: skip
        params = compiled.params
        args: Any = (
            [params[name] for name in compiled.positiontup or ()] if compiled.positional else params
        )
        with translated(self.url), self._engine.connect() as connection:
            cursor = connection.connection.cursor()
            try:
                cursor.execute(str(compiled), args)
                found = cursor.fetchall()
            finally:
                cursor.close()
        return [
            GridRow(learner, exercise, status == "done", runs or 0, fails or 0,
                    max(0, idle or 0), max(0, since or 0), bool(progressed))
            for learner, exercise, status, runs, fails, idle, since, progressed in found
            if status != "new"
        ]  # fmt: skip

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
