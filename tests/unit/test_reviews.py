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
