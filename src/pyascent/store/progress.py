"""The progress repository: attempts, per-exercise state and settings of learners.

Every write commits at once. An attempt is stored (as `pending`) before it is graded, so a
crash or a kill in the middle of a check loses nothing the learner wrote. An attempt that
cannot get a verdict is closed as `not-graded` with a reason; only attempts with a verdict
count as attempts in progress (counts, days, streaks, failed attempts, exercise status).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.counting import ProgressRecord, count_verdict, record_of, touch_progress
from pyascent.store.database import create_store_engine, migrate, translated
from pyascent.store.errors import NotFound
from pyascent.store.holders import is_gone, this_process
from pyascent.store.tables import Attempt, Draft, ExerciseProgress, Learner, Setting

LOCAL_LEARNER = "local"
PENDING = "pending"  # being graded by the process that saved it
QUEUED = "queued"  # saved, waiting for a worker of the queue (grading_queue.py)
RUNNING = "running"  # begun by a worker of the queue
NOT_GRADED = "not-graded"
WITHOUT_VERDICT = (PENDING, QUEUED, RUNNING, NOT_GRADED)  # statuses progress does not count


@dataclass(frozen=True)
class AttemptRecord:
    id: int
    exercise_id: str
    created_at: datetime
    source: str
    files: dict[str, str]
    status: str
    verdict: dict[str, Any] | None
    duration_ms: int | None
    reason: str | None = None  # why a not-graded attempt has no verdict


def _now() -> datetime:
    return datetime.now(UTC)


class ProgressStore:
    """One learner's view of the progress database of one course."""

    def __init__(
        self, url: str, course_id: str, learner: str = LOCAL_LEARNER, engine: Engine | None = None
    ) -> None:
        """`engine` shares one already migrated (a queue worker's, across its learners)."""
        self.url = url
        self.course_id = course_id
        self.engine: Engine = engine if engine is not None else create_store_engine(url)
        if engine is None:
            migrate(self.engine, url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._session() as session:
            found = session.scalar(select(Learner).where(Learner.name == learner))
            if found is None:
                found = Learner(name=learner, created_at=_now())
                session.add(found)
                session.commit()
            self.learner_id = found.id

    def close(self) -> None:
        self.engine.dispose()

    def _session(self) -> Session:
        return self._sessions()

    # -- attempts ---------------------------------------------------------------------

    def start_attempt(
        self, exercise_id: str, files: dict[str, str], source: str, queued: bool = False
    ) -> int:
        """Save the learner's code before grading it; returns the attempt id.

        Progress is not touched until a verdict is stored: an attempt that never gets one
        must leave no trace in it. `queued`: a worker of the queue will grade it (the
        outbox: committed here before anything is sent to the queue).
        """
        with translated(self.url), self._session() as session:
            attempt = Attempt(
                learner_id=self.learner_id,
                course_id=self.course_id,
                exercise_id=exercise_id,
                created_at=_now(),
                source=source,
                files=json.dumps(files),
                status=QUEUED if queued else PENDING,
                holder=None if queued else this_process(),
                runs=0,
            )
            session.add(attempt)
            session.commit()
            return attempt.id

    def finish_attempt(
        self, attempt_id: int, status: str, verdict: dict[str, Any], duration_ms: int
    ) -> ProgressRecord:
        """Store the verdict and count it; a verdict also wins over a not-graded closing."""
        with translated(self.url), self._session() as session:
            attempt = session.get(Attempt, attempt_id)
            if attempt is None:
                raise NotFound(f"attempt {attempt_id} does not exist")
            attempt.status = status
            attempt.verdict = json.dumps(verdict)
            attempt.duration_ms = duration_ms
            attempt.reason = None
            record = count_verdict(session, attempt, status)
            session.commit()
            return record

    def attempt(self, attempt_id: int) -> AttemptRecord:
        """One of this learner's attempts; NotFound for anyone else's."""
        with translated(self.url), self._session() as session:
            row = session.get(Attempt, attempt_id)
            if row is None or row.learner_id != self.learner_id:
                raise NotFound(f"attempt {attempt_id} does not exist")
            return _attempt(row)

    def attempts(self, exercise_id: str | None = None, limit: int = 50) -> list[AttemptRecord]:
        with translated(self.url), self._session() as session:
            query = select(Attempt).where(
                Attempt.learner_id == self.learner_id, Attempt.course_id == self.course_id
            )
            if exercise_id is not None:
                query = query.where(Attempt.exercise_id == exercise_id)
            rows = session.scalars(query.order_by(Attempt.id.desc()).limit(limit)).all()
            return [_attempt(row) for row in rows]

    def active_days(self) -> list[date]:
        """Distinct UTC days with at least one graded attempt, oldest first (for streaks)."""
        return sorted(self.attempts_per_day())

    def attempts_per_day(self) -> dict[date, int]:
        """How many checks got a verdict on each UTC day (for the progress chart)."""
        with translated(self.url), self._session() as session:
            stamps = session.scalars(select(Attempt.created_at).where(*self._graded())).all()
            counts: dict[date, int] = {}
            for stamp in stamps:
                counts[stamp.date()] = counts.get(stamp.date(), 0) + 1
            return dict(sorted(counts.items()))

    def attempt_count(self) -> int:
        with translated(self.url), self._session() as session:
            return int(session.scalar(select(func.count(Attempt.id)).where(*self._graded())) or 0)

    def _graded(self, exercise_id: str | None = None) -> list[ColumnElement[bool]]:
        """This learner's attempts at this course (or one exercise) that have a verdict."""
        clauses = [
            Attempt.learner_id == self.learner_id,
            Attempt.course_id == self.course_id,
            Attempt.status.not_in(WITHOUT_VERDICT),
        ]
        if exercise_id is not None:
            clauses.append(Attempt.exercise_id == exercise_id)
        return clauses

    # -- attempts that will get no verdict ---------------------------------------------

    def close_attempt(self, attempt_id: int, reason: str) -> bool:
        """Close a pending attempt as not graded; False when it has a verdict (or is closed).

        One conditional UPDATE, so a verdict stored at the same moment is never overwritten.
        """
        with translated(self.url), self._session() as session:
            exercise_id = session.scalar(
                select(Attempt.exercise_id).where(Attempt.id == attempt_id)
            )
            closing = (
                update(Attempt)
                .where(Attempt.id == attempt_id, Attempt.status == PENDING)
                .values(status=NOT_GRADED, reason=reason)
            )
            result = cast(CursorResult[Any], session.execute(closing))
            if exercise_id is None or result.rowcount == 0:
                session.rollback()
                return False
            row = self._row(session, exercise_id)
            has_verdict = session.scalar(
                select(Attempt.id).where(*self._graded(exercise_id)).limit(1)
            )
            if row is not None and row.status == "attempted" and has_verdict is None:
                # Set by a pending attempt saved before 0003 (start_attempt touched progress).
                row.status = "new"
            session.commit()
            return True

    def stale_attempts(self, lease_seconds: float) -> list[AttemptRecord]:
        """Pending attempts nobody can still be grading, oldest first.

        Their holder (the process that saved them) is known to be gone, or they are older
        than the lease: longer than any check can take, wherever its holder runs.
        """
        expired = _now() - timedelta(seconds=lease_seconds)
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(Attempt)
                .where(
                    Attempt.learner_id == self.learner_id,
                    Attempt.course_id == self.course_id,
                    Attempt.status == PENDING,
                )
                .order_by(Attempt.id)
            ).all()
            return [
                _attempt(row)
                for row in rows
                if _aware(row.created_at) < expired or is_gone(row.holder)
            ]

    # -- per-exercise progress ---------------------------------------------------------

    def progress(self) -> dict[str, ProgressRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(ExerciseProgress).where(
                    ExerciseProgress.learner_id == self.learner_id,
                    ExerciseProgress.course_id == self.course_id,
                )
            ).all()
            return {row.exercise_id: record_of(row) for row in rows}

    def progress_of(self, exercise_id: str) -> ProgressRecord:
        found = self.progress().get(exercise_id)
        return found or ProgressRecord(exercise_id, "new", 0, 0, False, None)

    def reveal_hint(self, exercise_id: str, available: int) -> int:
        """Count one more hint shown (at most `available`); returns how many are shown now."""
        with translated(self.url), self._session() as session:

            def bump(progress: ExerciseProgress) -> None:
                progress.hints_shown = min(available, progress.hints_shown + 1)

            record = self._touch(session, exercise_id, bump, create_status="new")
            session.commit()
            return record.hints_shown

    def mark_solution_viewed(self, exercise_id: str) -> None:
        with translated(self.url), self._session() as session:

            def view(progress: ExerciseProgress) -> None:
                progress.solution_viewed = True

            self._touch(session, exercise_id, view, create_status="new")
            session.commit()

    def reset(self, exercise_id: str) -> None:
        """Forget an exercise's state; its attempts stay in the history."""
        with translated(self.url), self._session() as session:
            row = self._row(session, exercise_id)
            if row is not None:
                session.delete(row)
                session.commit()

    def _row(self, session: Session, exercise_id: str) -> ExerciseProgress | None:
        return session.scalar(
            select(ExerciseProgress).where(
                ExerciseProgress.learner_id == self.learner_id,
                ExerciseProgress.course_id == self.course_id,
                ExerciseProgress.exercise_id == exercise_id,
            )
        )

    def _touch(
        self,
        session: Session,
        exercise_id: str,
        change: Any,
        create_status: str = "attempted",
    ) -> ProgressRecord:
        return touch_progress(
            session, self.learner_id, self.course_id, exercise_id, change, create_status
        )

    # -- drafts ------------------------------------------------------------------------

    def save_draft(self, exercise_id: str, files: dict[str, str]) -> datetime:
        """Keep what is in the editor; one draft per exercise, replaced on each save."""
        with translated(self.url), self._session() as session:
            row = self._draft_row(session, exercise_id)
            now = _now()
            if row is None:
                session.add(
                    Draft(
                        learner_id=self.learner_id,
                        course_id=self.course_id,
                        exercise_id=exercise_id,
                        files=json.dumps(files),
                        updated_at=now,
                    )
                )
            else:
                row.files = json.dumps(files)
                row.updated_at = now
            session.commit()
            return now

    def draft(self, exercise_id: str) -> dict[str, str] | None:
        with translated(self.url), self._session() as session:
            row = self._draft_row(session, exercise_id)
            return dict(json.loads(row.files)) if row else None

    def _draft_row(self, session: Session, exercise_id: str) -> Draft | None:
        return session.scalar(
            select(Draft).where(
                Draft.learner_id == self.learner_id,
                Draft.course_id == self.course_id,
                Draft.exercise_id == exercise_id,
            )
        )

    # -- settings ----------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        with translated(self.url), self._session() as session:
            row = self._setting_row(session, key)
            return row.value if row else None

    def _setting_row(self, session: Session, key: str) -> Setting | None:
        return session.scalar(
            select(Setting).where(Setting.learner_id == self.learner_id, Setting.key == key)
        )

    def set_setting(self, key: str, value: str) -> None:
        with translated(self.url), self._session() as session:
            row = self._setting_row(session, key)
            if row is None:
                session.add(Setting(learner_id=self.learner_id, key=key, value=value))
            else:
                row.value = value
            session.commit()


def _attempt(row: Attempt) -> AttemptRecord:
    return AttemptRecord(
        id=row.id,
        exercise_id=row.exercise_id,
        created_at=row.created_at,
        source=row.source,
        files=json.loads(row.files),
        status=row.status,
        verdict=json.loads(row.verdict) if row.verdict else None,
        duration_ms=row.duration_ms,
        reason=row.reason,
    )


def _aware(stamp: datetime) -> datetime:
    """SQLite gives back naive datetimes; every stamp is written in UTC."""
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)
