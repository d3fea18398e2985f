"""Spaced repetition: when each card comes back, scheduled by FSRS (the `fsrs` package).

Pure policy: states go in and out as plain dicts (stored as JSON by the store); the caller
passes the clock, so reviews replay the same way in tests. Fuzzing is off: the same answers
on the same days give the same schedule, which a learner can reason about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import fsrs

RATINGS = ("again", "hard", "good", "easy")  # what a learner answers after seeing the answer
_RATING = {
    "again": fsrs.Rating.Again,
    "hard": fsrs.Rating.Hard,
    "good": fsrs.Rating.Good,
    "easy": fsrs.Rating.Easy,
}
_SCHEDULER = fsrs.Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class Scheduled:
    state: dict[str, Any]
    due: datetime
    lapsed: bool  # a card the learner knew, forgotten (Again on a card in review)


def schedule(state: Mapping[str, Any] | None, rating: str, now: datetime) -> Scheduled:
    """The card's next state after a review rated `rating` at `now`."""
    if rating not in _RATING:
        raise ValueError(f"unknown rating {rating!r}: one of {', '.join(RATINGS)}")
    card = fsrs.Card.from_dict(cast(Any, dict(state))) if state else fsrs.Card(due=now)
    was_review = card.state == fsrs.State.Review
    card, _log = _SCHEDULER.review_card(card, _RATING[rating], now)
    lapsed = was_review and rating == "again"
    return Scheduled(dict(card.to_dict()), card.due, lapsed)


def interval_if(state: Mapping[str, Any] | None, rating: str, now: datetime) -> timedelta:
    """How long until the card comes back if rated `rating` now (shown on the buttons)."""
    return schedule(state, rating, now).due - now


@dataclass(frozen=True)
class DueCard:
    card_id: str
    new: bool


def due_today(
    card_ids: Iterable[str],
    due: Mapping[str, datetime],
    now: datetime,
    new_allowed: int,
) -> list[DueCard]:
    """The review queue: cards already learned whose time has come (most overdue first),
    then up to `new_allowed` cards never seen, in course order."""
    ids = list(card_ids)
    known = sorted((d, i) for i, d in due.items() if i in set(ids) and d <= now)
    queue = [DueCard(card_id, False) for _, card_id in known]
    fresh = [card_id for card_id in ids if card_id not in due][: max(0, new_allowed)]
    return queue + [DueCard(card_id, True) for card_id in fresh]


def describe_interval(span: timedelta) -> str:
    """'10 min', '2 days', '3 months': how a button says when a card comes back."""
    minutes = span.total_seconds() / 60
    if minutes < 60:
        return f"{max(1, round(minutes))} min"
    if minutes < 60 * 24:
        return f"{round(minutes / 60)} h"
    days = minutes / (60 * 24)
    if days < 31:
        whole = round(days)
        return f"{whole} day{'s' if whole != 1 else ''}"
    if days < 365:
        months = round(days / 30)
        return f"{months} month{'s' if months != 1 else ''}"
    years = round(days / 365, 1)
    return f"{years:g} year{'s' if years != 1 else ''}"
