"""One learner's spaced-repetition cards: their scheduler state and every review."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.database import translated
from pyascent.store.progress import ProgressStore
from pyascent.store.tables import CardReview, CardState


@dataclass(frozen=True)
class CardRecord:
    card_id: str
    state: dict[str, Any]  # the scheduler's own fields (tutor/cards.py)
    due: datetime
    reviews: int
    lapses: int


class CardStore:
    """Cards of the learner and course of a ProgressStore, on its database."""

    def __init__(self, progress: ProgressStore) -> None:
        self.url = progress.url
        self.learner_id = progress.learner_id
        self.course_id = progress.course_id
        self._sessions = sessionmaker(progress.engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def states(self) -> dict[str, CardRecord]:
        """Every card this learner has reviewed at least once, by id."""
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(CardState).where(
                    CardState.learner_id == self.learner_id,
                    CardState.course_id == self.course_id,
                )
            ).all()
            return {row.card_id: _record(row) for row in rows}

    def record_review(
        self,
        card_id: str,
        rating: str,
        state: dict[str, Any],
        due: datetime,
        lapsed: bool,
        now: datetime,
    ) -> CardRecord:
        """Store a review and the card's next state in one transaction."""
        with translated(self.url), self._session() as session:
            row = session.scalar(
                select(CardState).where(
                    CardState.learner_id == self.learner_id,
                    CardState.course_id == self.course_id,
                    CardState.card_id == card_id,
                )
            )
            if row is None:
                row = CardState(
                    learner_id=self.learner_id,
                    course_id=self.course_id,
                    card_id=card_id,
                    reviews=0,
                    lapses=0,
                )
                session.add(row)
            row.state = json.dumps(state)
            row.due = due
            row.reviews = (row.reviews or 0) + 1
            row.lapses = (row.lapses or 0) + (1 if lapsed else 0)
            row.updated_at = now
            session.add(
                CardReview(
                    learner_id=self.learner_id,
                    course_id=self.course_id,
                    card_id=card_id,
                    rating=rating,
                    reviewed_at=now,
                )
            )
            session.commit()
            return _record(row)

    def first_seen_since(self, start: datetime, skip_prefix: str = "\0") -> int:
        """Cards whose first review came at or after `start` (new cards learned today),
        leaving out those whose id starts with `skip_prefix`."""
        with translated(self.url), self._session() as session:
            firsts = (
                select(CardReview.card_id, func.min(CardReview.reviewed_at).label("first"))
                .where(
                    CardReview.learner_id == self.learner_id,
                    CardReview.course_id == self.course_id,
                    CardReview.card_id.not_like(skip_prefix.replace("%", "") + "%"),
                )
                .group_by(CardReview.card_id)
                .subquery()
            )
            count = session.scalar(
                select(func.count()).select_from(firsts).where(firsts.c.first >= start)
            )
            return int(count or 0)

    def reviews_on(self, start: datetime, end: datetime) -> int:
        with translated(self.url), self._session() as session:
            count = session.scalar(
                select(func.count())
                .select_from(CardReview)
                .where(
                    CardReview.learner_id == self.learner_id,
                    CardReview.course_id == self.course_id,
                    CardReview.reviewed_at >= start,
                    CardReview.reviewed_at < end,
                )
            )
            return int(count or 0)


def _record(row: CardState) -> CardRecord:
    due = row.due if row.due.tzinfo is not None else row.due.replace(tzinfo=UTC)
    return CardRecord(row.card_id, json.loads(row.state), due, row.reviews, row.lapses)
