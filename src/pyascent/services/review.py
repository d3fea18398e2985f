"""Reviewing flashcards: the day's queue, one card at a time, rated Again/Hard/Good/Easy.

The interview questions of every module come back when FSRS says they are about to be
forgotten (tutor/cards.py); what the learner answered is kept per card (store/cards.py).
One use case per method, shared by the review page and `pyascent review`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from pyascent.course import Course, Exercise, Flashcard, Module
from pyascent.services.errors import ServiceError
from pyascent.services.settings import Settings
from pyascent.store import CardRecord, CardStore, ProgressRecord, ProgressStore
from pyascent.tutor import RATINGS, describe_interval, due_today, interval_if, schedule

RATING_NAMES = RATINGS  # again, hard, good, easy: what a learner answers after the answer


@dataclass(frozen=True)
class CardView:
    key: str  # module id / card id: unique in the course
    card: Flashcard
    module: Module
    new: bool
    intervals: dict[str, str]  # rating -> when the card would come back ("10 min", "2 days")


@dataclass(frozen=True)
class ReviewSummary:
    due: int  # cards to review today, new ones included
    new: int
    learned: int  # cards reviewed at least once
    lapses: int
    total: int  # cards in the course


@dataclass(frozen=True)
class PracticeDue:
    """An exercise passed with help, due to be solved again without it."""

    exercise: Exercise
    why: str  # what help it took the first time


# An exercise passed with this much help comes back as "solve it again" (issue 15).
HINTS_FOR_PRACTICE = 3
FAILURES_FOR_PRACTICE = 5
PRACTICE_PREFIX = "exercise:"


@dataclass(frozen=True)
class Reviewed:
    key: str
    rating: str
    due: datetime
    comes_back: str  # "in 2 days"


def _now() -> datetime:
    return datetime.now(UTC)


class Reviews:
    """One learner's flashcards of one course."""

    def __init__(
        self,
        course: Course,
        store: ProgressStore,
        settings: Settings,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.course = course
        self.progress = store
        self.cards = CardStore(store)
        self.settings = settings
        self.clock = clock
        self._all = {
            f"{module.id}/{card.id}": (card, module)
            for module in course.modules
            for card in module.flashcards
        }

    def _day_start(self, now: datetime) -> datetime:
        return datetime.combine(now.astimezone(UTC).date(), time(0), tzinfo=UTC)

    def _queue(self, now: datetime) -> tuple[list[str], dict[str, CardRecord]]:
        states = self.cards.states()
        learned_today = self.cards.first_seen_since(self._day_start(now), PRACTICE_PREFIX)
        allowed = self.settings.new_cards_per_day - learned_today
        due = {key: state.due for key, state in states.items()}
        queue = due_today(self._all, due, now, allowed)
        return [item.card_id for item in queue], states

    def busiest_topic(self) -> str | None:
        """The topic id most of today's due cards are about."""
        keys, _states = self._queue(self.clock())
        counts: dict[str, int] = {}
        for key in keys:
            for topic in self._all[key][0].topics:
                counts[topic] = counts.get(topic, 0) + 1
        return max(counts, key=lambda topic: counts[topic]) if counts else None

    def lapses_by_topic(self) -> dict[str, int]:
        """Per topic id, how many times its flashcards were forgotten after being learned."""
        lapses: dict[str, int] = {}
        for key, state in self.cards.states().items():
            if state.lapses and key in self._all:
                for topic in self._all[key][0].topics:
                    lapses[topic] = lapses.get(topic, 0) + state.lapses
        return lapses

    def summary(self) -> ReviewSummary:
        now = self.clock()
        keys, states = self._queue(now)
        new = sum(1 for key in keys if key not in states)
        known = [state for key, state in states.items() if key in self._all]
        return ReviewSummary(
            due=len(keys),
            new=new,
            learned=len(known),
            lapses=sum(state.lapses for state in known),
            total=len(self._all),
        )

    def next_card(self) -> CardView | None:
        """The card to review now, or None when today's queue is empty."""
        now = self.clock()
        keys, states = self._queue(now)
        if not keys:
            return None
        return self._view(keys[0], states.get(keys[0]), now)

    def card(self, key: str) -> CardView:
        if key not in self._all:
            raise ServiceError(f"There is no flashcard '{key}' in this course.")
        return self._view(key, self.cards.states().get(key), self.clock())

    def _view(self, key: str, state: CardRecord | None, now: datetime) -> CardView:
        card, module = self._all[key]
        raw = state.state if state is not None else None
        intervals = {rating: describe_interval(interval_if(raw, rating, now)) for rating in RATINGS}
        return CardView(key, card, module, state is None, intervals)

    def rate(self, key: str, rating: str) -> Reviewed:
        """Record the learner's answer to a card and schedule its next review."""
        if key not in self._all:
            raise ServiceError(f"There is no flashcard '{key}' in this course.")
        if rating not in RATINGS:
            raise ServiceError(f"Rate a card with one of: {', '.join(RATINGS)} (not {rating!r}).")
        now = self.clock()
        state = self.cards.states().get(key)
        planned = schedule(state.state if state is not None else None, rating, now)
        self.cards.record_review(key, rating, planned.state, planned.due, planned.lapsed, now)
        wait = max(planned.due - now, timedelta(0))
        return Reviewed(key, rating, planned.due, f"in {describe_interval(wait)}")

    # -- exercises solved again ------------------------------------------------------

    def after_pass(self, exercise: Exercise) -> str | None:
        """Called when the learner passes an exercise. A first pass that took help makes
        it a practice card, due tomorrow; passing a due practice card again rates it Good
        (it comes back later and later, or never once learned). Returns what happened."""
        now = self.clock()
        key = PRACTICE_PREFIX + exercise.id
        state = self.cards.states().get(key)
        if state is not None:
            if state.due > now:
                return None  # not due yet: this pass does not count as practice
            planned = schedule(state.state, "good", now)
            self.cards.record_review(key, "good", planned.state, planned.due, False, now)
            return f"practice counted: {exercise.title} comes back in " + describe_interval(
                planned.due - now
            )
        why = _help_taken(self.progress.progress_of(exercise.id))
        if why is None:
            return None
        planned = schedule(None, "again", now)
        due = max(planned.due, now + timedelta(days=1))
        self.cards.record_review(key, "again", planned.state, due, False, now)
        return f"{exercise.title} comes back tomorrow to solve again ({why})"

    def practice_due(self) -> list[PracticeDue]:
        now = self.clock()
        found = []
        for key, state in sorted(self.cards.states().items(), key=lambda item: item[1].due):
            if not key.startswith(PRACTICE_PREFIX) or state.due > now:
                continue
            exercise = self.course.exercise(key[len(PRACTICE_PREFIX) :])
            if exercise is not None:
                why = _help_taken(self.progress.progress_of(exercise.id)) or "to keep it fresh"
                found.append(PracticeDue(exercise, why))
        return found


def _help_taken(progress: ProgressRecord) -> str | None:
    """What help a pass took, in words, or None for a pass on one's own."""
    if progress.solution_viewed:
        return "you saw the solution"
    if progress.hints_shown >= HINTS_FOR_PRACTICE:
        return f"you used {progress.hints_shown} hints"
    if progress.failed_attempts >= FAILURES_FOR_PRACTICE:
        return f"it took {progress.failed_attempts + 1} attempts"
    return None
