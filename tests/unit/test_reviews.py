"""Flashcard reviews through FSRS on a real SQLite file, with a clock the test moves."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pyascent.services import (
    Reviews,
    ServiceError,
    Settings,
    builtin_course_path,
    load_course_or_explain,
)
from pyascent.store import ProgressStore, sqlite_url


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def reviews(tmp_path: Path, clock: Clock) -> Iterator[Reviews]:
    course = load_course_or_explain(builtin_course_path())
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), course.id)
    yield Reviews(course, store, Settings(new_cards_per_day=3), clock)
    store.close()


def test_the_day_brings_only_so_many_new_cards(reviews: Reviews, clock: Clock) -> None:
    summary = reviews.summary()
    assert summary.total >= 30 and summary.due == 3 and summary.new == 3
    seen = []
    while (card := reviews.next_card()) is not None:
        seen.append(card.key)
        reviews.rate(card.key, "easy")
    assert len(seen) == 3  # three new ones, each rated Easy: none comes back today
    assert reviews.summary().learned == 3 and reviews.summary().due == 0
    clock.now += timedelta(days=1)
    assert reviews.summary().new == 3  # a new day, three more


def test_intervals_grow_on_good_and_shrink_on_again(reviews: Reviews, clock: Clock) -> None:
    key = reviews.next_card().key  # type: ignore[union-attr]
    gaps = []
    for _ in range(5):
        done = reviews.rate(key, "good")
        gaps.append(done.due - clock.now)
        clock.now = done.due
    assert all(later > earlier for earlier, later in itertools.pairwise(gaps[1:]))
    assert gaps[-1] > timedelta(days=5)
    forgot = reviews.rate(key, "again")
    assert forgot.due - clock.now < timedelta(hours=1)  # back soon
    assert reviews.summary().lapses == 1
    card = reviews.card(key)
    assert card.intervals["easy"] != card.intervals["again"]


def test_the_schedule_survives_reopening_the_database(tmp_path: Path, clock: Clock) -> None:
    course = load_course_or_explain(builtin_course_path())
    url = sqlite_url(tmp_path / "p.db")
    first = ProgressStore(url, course.id)
    key = Reviews(course, first, Settings(), clock).next_card().key  # type: ignore[union-attr]
    due = Reviews(course, first, Settings(), clock).rate(key, "good").due
    first.close()
    again = ProgressStore(url, course.id)
    reopened = Reviews(course, again, Settings(), clock)
    assert not reopened.card(key).new
    clock.now = due + timedelta(seconds=1)
    assert reopened.next_card().key == key  # type: ignore[union-attr]  # due first
    again.close()


def test_unknown_cards_and_ratings_are_refused(reviews: Reviews) -> None:
    with pytest.raises(ServiceError, match="no flashcard"):
        reviews.rate("nope/nope", "good")
    key = reviews.next_card().key  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="again, hard, good, easy"):
        reviews.rate(key, "meh")


def test_an_exercise_passed_with_help_comes_back_and_what_next_says_why(
    tmp_path: Path, clock: Clock
) -> None:
    from pyascent.services import LearnerService
    from tests.conftest import GOLDEN
    from tests.fakes import PASSED, ScriptedGrader

    course = load_course_or_explain(GOLDEN / "pack")
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), course.id)
    settings = Settings(new_cards_per_day=0)  # no flashcards today: practice and exercises
    grader = ScriptedGrader([PASSED, PASSED, PASSED])
    service = LearnerService(course, store, grader, settings, clock=clock)
    service_reviews = Reviews(course, store, settings, clock)
    try:
        adder = service.resolve("adder")
        for _ in range(3):
            service.hint("adder")
        first = service.submit(adder, {"adder.py": b"def add(a, b):\n    return a + b\n"}, "cli")
        assert (
            first.practice
            == "Add two numbers comes back tomorrow to solve again (you used 3 hints)"
        )
        assert service.what_next().kind != "practice"  # not due yet
        clock.now += timedelta(days=1, minutes=1)
        due = service_reviews.practice_due()
        assert [p.exercise.id for p in due] == ["adder"]
        suggestion = service.what_next()
        assert (suggestion.kind, suggestion.href) == ("practice", "/exercises/adder")
        assert suggestion.reason == "due today: you used 3 hints the first time"
        again = service.submit(adder, {"adder.py": b"def add(a, b):\n    return a + b\n"}, "cli")
        assert again.practice is not None and again.practice.startswith("practice counted")
        assert service_reviews.practice_due() == []
        assert service.what_next().kind == "exercise"
    finally:
        service.close()


def test_forgotten_cards_make_their_topic_the_weakest(tmp_path: Path, clock: Clock) -> None:
    """Lapses count per topic id: the progress table shows them and "what next" follows."""
    from pyascent.services import LearnerService
    from tests.fakes import ScriptedGrader

    course = load_course_or_explain(builtin_course_path())
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), course.id)
    settings = Settings(new_cards_per_day=0)  # only the card reviewed below is ever due
    service = LearnerService(course, store, ScriptedGrader([]), settings, clock=clock)
    reviews = Reviews(course, store, settings, clock)
    key = "functions/print-vs-return"
    try:
        assert service.what_next().reason == "next on the roadmap"
        for rating in ("good", "good", "again"):
            clock.now = max(clock.now, reviews.rate(key, rating).due)
        reviews.rate(key, "good")  # relearned: due again some time after now
        assert reviews.lapses_by_topic() == {"fn.return": 1, "fn.define-call": 1}
        assert reviews.summary().due == 0
        strength = {t.topic_id: t for t in service.topic_strength()}
        assert strength["fn.return"].cards_forgotten == 1
        suggestion = service.what_next()
        assert suggestion.kind == "exercise"
        assert suggestion.reason.endswith("your weakest topic (1 card forgotten)")
        exercise = course.exercise(suggestion.href.rsplit("/", 1)[-1])
        assert exercise is not None and set(exercise.topics) & {"fn.return", "fn.define-call"}
    finally:
        service.close()
