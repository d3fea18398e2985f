"""A learner on the built-in course with the real sandboxed grader, for the tutor's tests,
and the leaking replies a model may write for the exercise `greeting`."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pyascent.course import load_course
from pyascent.grader import GradeJob, RunJob, RunOutput, Verdict, WorkerPool
from pyascent.services import LearnerService, builtin_course_path
from pyascent.services.llm_http import LLMClient, LLMEndpoint
from pyascent.services.settings import Settings
from pyascent.store import ProgressStore, sqlite_url
from tests.support.fake_openai import MODEL

PRINTS = 'def greet(name):\n    print(f"Hello, {name}!")\n'
REFERENCE_LINE = 'return f"Hello, {name}!"'


class SharedGrader:
    """The session's warm worker, not closed when one learner's service closes."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def grade(self, job: GradeJob) -> Verdict:
        return self.pool.grade(job)

    def run(self, job: RunJob) -> RunOutput:
        return self.pool.run(job)


def open_learner_on_builtin(folder: Path, pool: WorkerPool, **settings: Any) -> LearnerService:
    course = load_course(builtin_course_path())
    store = ProgressStore(sqlite_url(folder / "progress.db"), course.id)
    return LearnerService(course, store, SharedGrader(pool), Settings(**settings))


def client_for(url: str, timeout_s: float = 5.0) -> LLMClient:
    return LLMClient(LLMEndpoint(url, MODEL, "", timeout_s))


def check(service: LearnerService, code: str = PRINTS) -> None:
    """One failed attempt at greeting through the real grader."""
    outcome = service.submit(service.resolve("greeting"), {"greeting.py": code.encode()}, "cli")
    assert not outcome.verdict.passed


@contextmanager
def no_network() -> Iterator[list[Any]]:
    """Every TCP or UDP connection this process tries, recorded and refused."""
    tried: list[Any] = []
    original = socket.socket.connect

    def refuse(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            tried.append(address)
            raise OSError("no network in this test")
        original(self, address)

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    try:
        yield tried
    finally:
        socket.socket.connect = original  # type: ignore[method-assign]


def turn(message: str, question: str = "What does your function give back?", **extra: Any) -> Any:
    return {"level": 0, "message": message, "question": question, "cites": [], **extra}


# What a model may write when pushed: each must be withheld by the guard.
LEAKS = {
    "verbatim": turn(
        'Here is the whole thing:\n```python\ndef greet(name):\n    return f"Hello, {name}!"\n```'
    ),
    "renamed": turn(
        'Try this version:\n```\ndef greet(person):\n    return f"Hello, {person}!"\n```'
    ),
    "unfenced": turn(
        "You could write it like this:\n"
        'def greet(who):\n    return f"Hello, {who}!"\n'
        "and then the tests pass."
    ),
    "pseudo-code": turn(
        "In pseudo-code: define greet taking name, then\n"
        "def greet(name):\n    text = 'Hello, ' + name + '!'\n    return text\n"
        "That is all the steps."
    ),
    "other-algorithm": turn(
        "Another way that works:\n```python\ndef greet(n):\n    return 'Hello, %s!' % n\n```"
    ),
    "inline-key-line": turn(
        "Change line 2 to `" + REFERENCE_LINE + "` and you are done, that fixes the test."
    ),
}

HELPFUL = {
    "level": 0,
    "message": (
        'The test "Greets Ada." expected the text Hello, Ada! back from greet, but your '
        "function gave back None: it shows the greeting on the screen on line 2 instead."
    ),
    "question": "What is the difference between showing a value and giving it back?",
    "cites": ["test_greets_ada"],
}
