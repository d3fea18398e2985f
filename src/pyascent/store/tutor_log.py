"""One learner's tutor turns on one course: written after every turn, read to rebuild the
ladder's state and to show the conversation again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.database import translated
from pyascent.store.progress import ProgressStore
from pyascent.store.tables import TutorTurnRow


@dataclass(frozen=True)
class TutorTurnRecord:
    id: int
    exercise_id: str
    created_at: datetime
    attempts: int
    level: int
    source: str
    intent: str
    asked: str
    turn: dict[str, Any]
    guard: list[dict[str, Any]]
    latency_ms: int
    endpoint: str | None


class TutorLogStore:
    """Tutor turns of the learner and course of a ProgressStore, on its database."""

    def __init__(self, progress: ProgressStore) -> None:
        self.url = progress.url
        self.learner_id = progress.learner_id
        self.course_id = progress.course_id
        self._sessions = sessionmaker(progress.engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def record(
        self,
        exercise_id: str,
        *,
        now: datetime,
        attempts: int,
        level: int,
        source: str,
        intent: str,
        asked: str,
        turn: dict[str, Any],
        guard: list[dict[str, Any]],
        latency_ms: int,
        endpoint: str | None,
    ) -> TutorTurnRecord:
        with translated(self.url), self._session() as session:
            row = TutorTurnRow(
                learner_id=self.learner_id,
                course_id=self.course_id,
                exercise_id=exercise_id,
                created_at=now,
                attempts=attempts,
                level=level,
                source=source,
                intent=intent,
                asked=asked,
                turn=json.dumps(turn),
                guard=json.dumps(guard),
                latency_ms=latency_ms,
                endpoint=endpoint,
            )
            session.add(row)
            session.commit()
            return _record(row)

    def turns(self, exercise_id: str, limit: int | None = None) -> list[TutorTurnRecord]:
        """The exercise's turns, oldest first (the last `limit` when given)."""
        with translated(self.url), self._session() as session:
            query = (
                select(TutorTurnRow)
                .where(
                    TutorTurnRow.learner_id == self.learner_id,
                    TutorTurnRow.course_id == self.course_id,
                    TutorTurnRow.exercise_id == exercise_id,
                )
                .order_by(TutorTurnRow.id.desc())
            )
            if limit is not None:
                query = query.limit(limit)
            rows = session.scalars(query).all()
            return [_record(row) for row in reversed(rows)]

    def count_since(self, start: datetime) -> int:
        """Turns this learner had on this course since `start` (the hourly budget)."""
        with translated(self.url), self._session() as session:
            count = session.scalar(
                select(func.count())
                .select_from(TutorTurnRow)
                .where(
                    TutorTurnRow.learner_id == self.learner_id,
                    TutorTurnRow.course_id == self.course_id,
                    TutorTurnRow.created_at >= start,
                )
            )
            return int(count or 0)


def _record(row: TutorTurnRow) -> TutorTurnRecord:
    return TutorTurnRecord(
        id=row.id,
        exercise_id=row.exercise_id,
        created_at=row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC),
        attempts=row.attempts,
        level=row.level,
        source=row.source,
        intent=row.intent,
        asked=row.asked,
        turn=json.loads(row.turn),
        guard=json.loads(row.guard),
        latency_ms=row.latency_ms,
        endpoint=row.endpoint,
    )
