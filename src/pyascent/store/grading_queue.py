"""The grading outbox: the database's side of grading through a queue.

The database holds the truth and the queue only wakes workers up. An attempt is committed as
`queued` before its id is sent; a worker claims it (`running`), grades it and stores the
verdict with one conditional UPDATE, so the first verdict wins and a duplicate run (a
re-delivery after a worker died, a reconciler that re-sent it) changes nothing. What has no
verdict once its lease ran out is sent again by the reconciler: a crash between commit and
send, a queue that lost its data, a worker that died mid-check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, and_, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.counting import count_verdict
from pyascent.store.database import create_store_engine, migrate, translated
from pyascent.store.progress import LOCAL_LEARNER, QUEUED, RUNNING
from pyascent.store.tables import Attempt, Learner

WAITING = (QUEUED, RUNNING)


@dataclass(frozen=True)
class QueuedAttempt:
    """What a worker needs to grade one attempt."""

    id: int
    course_id: str
    exercise_id: str
    files: dict[str, str]
    runs: int  # how many times a worker has begun it, this one included
    learner: str = LOCAL_LEARNER  # whose attempt (their practice cards follow the verdict)


@dataclass(frozen=True)
class QueueCounts:
    queued: int
    running: int
    graded_last_minute: int
    runs_beyond_first: int  # duplicate runs: begun again after a first run


def _now() -> datetime:
    return datetime.now(UTC)


class GradingQueueStore:
    """Every learner's attempts, as the queue's workers and reconciler see them."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else create_store_engine(url)
        if engine is None:
            migrate(self.engine, url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    def _session(self) -> Session:
        return self._sessions()

    def mark_sent(self, attempt_ids: list[int]) -> None:
        """The ids went to the queue now: their lease starts."""
        if not attempt_ids:
            return
        with translated(self.url), self._session() as session:
            session.execute(
                update(Attempt)
                .where(Attempt.id.in_(attempt_ids), Attempt.status == QUEUED)
                .values(enqueued_at=_now())
            )
            session.commit()

    def claim(self, attempt_id: int, worker: str) -> QueuedAttempt | None:
        """Begin grading; None when the attempt already has a verdict (or never existed)."""
        with translated(self.url), self._session() as session:
            claiming = (
                update(Attempt)
                .where(Attempt.id == attempt_id, Attempt.status.in_(WAITING))
                .values(status=RUNNING, started_at=_now(), runs=Attempt.runs + 1, worker=worker)
            )
            result = cast(CursorResult[Any], session.execute(claiming))
            if result.rowcount == 0:
                session.rollback()
                return None
            row = session.get(Attempt, attempt_id)
            assert row is not None
            learner = session.get(Learner, row.learner_id)
            session.commit()
            return QueuedAttempt(
                row.id,
                row.course_id,
                row.exercise_id,
                json.loads(row.files),
                row.runs,
                learner.name if learner is not None else LOCAL_LEARNER,
            )

    def finish(
        self, attempt_id: int, status: str, verdict: dict[str, Any], duration_ms: int
    ) -> bool:
        """Store the verdict unless one is there already; True when this one was stored."""
        with translated(self.url), self._session() as session:
            storing = (
                update(Attempt)
                .where(Attempt.id == attempt_id, Attempt.status.in_(WAITING))
                .values(
                    status=status,
                    verdict=json.dumps(verdict),
                    duration_ms=duration_ms,
                    reason=None,
                )
            )
            result = cast(CursorResult[Any], session.execute(storing))
            if result.rowcount == 0:
                session.rollback()
                return False
            row = session.get(Attempt, attempt_id)
            assert row is not None
            count_verdict(session, row, status)
            session.commit()
            return True

    def give_up(self, attempt_id: int, status: str, reason: str) -> bool:
        """Close a waiting attempt without a verdict (the exercise is gone, say)."""
        with translated(self.url), self._session() as session:
            closing = (
                update(Attempt)
                .where(Attempt.id == attempt_id, Attempt.status.in_(WAITING))
                .values(status=status, reason=reason)
            )
            result = cast(CursorResult[Any], session.execute(closing))
            session.commit()
            return result.rowcount > 0

    def due(self, queue_lease_seconds: float, run_lease_seconds: float) -> list[int]:
        """Waiting attempts to send again, oldest first: queued and sent (or, never sent,
        committed) longer ago than the queue lease, or begun longer ago than any check can
        take. A never-sent attempt younger than the lease is left alone: its server may be
        between the commit and the send, and sending it here too would run it twice."""
        now = _now()
        sent_before = now - timedelta(seconds=queue_lease_seconds)
        begun_before = now - timedelta(seconds=run_lease_seconds)
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(Attempt.id)
                .where(
                    or_(
                        and_(
                            Attempt.status == QUEUED,
                            or_(
                                and_(
                                    Attempt.enqueued_at.is_(None),
                                    Attempt.created_at < sent_before,
                                ),
                                Attempt.enqueued_at < sent_before,
                            ),
                        ),
                        and_(Attempt.status == RUNNING, Attempt.started_at < begun_before),
                    )
                )
                .order_by(Attempt.id)
                .limit(1000)
            ).all()
            return list(rows)

    def position(self, attempt_id: int) -> int | None:
        """How many waiting attempts are ahead of this one (0: next), None when graded."""
        with translated(self.url), self._session() as session:
            status = session.scalar(select(Attempt.status).where(Attempt.id == attempt_id))
            if status not in WAITING:
                return None
            ahead = session.scalar(
                select(func.count())
                .select_from(Attempt)
                .where(Attempt.status == QUEUED, Attempt.id < attempt_id)
            )
            return int(ahead or 0)

    def counts(self) -> QueueCounts:
        since = _now() - timedelta(seconds=60)
        with translated(self.url), self._session() as session:
            by_status = dict(
                session.execute(
                    select(Attempt.status, func.count())
                    .where(Attempt.status.in_(WAITING))
                    .group_by(Attempt.status)
                ).all()
            )
            graded = session.scalar(
                select(func.count())
                .select_from(Attempt)
                .where(
                    Attempt.runs > 0,
                    Attempt.status.not_in(WAITING),
                    Attempt.started_at >= since,
                )
            )
            extra = session.scalar(
                select(func.coalesce(func.sum(Attempt.runs - 1), 0)).where(Attempt.runs > 1)
            )
            return QueueCounts(
                int(by_status.get(QUEUED, 0)),
                int(by_status.get(RUNNING, 0)),
                int(graded or 0),
                int(extra or 0),
            )
