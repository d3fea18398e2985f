"""The shape of the guard's leak corpus: an exercise, the replies about it, a test runner.

The exercises live in `leak_b2.py` (tutor.md B.2: a palindrome check ignoring case and
punctuation, a running mean) and `leak_short.py` (a one-line reference, the case C.9
warns about). Each has what the real course has: instructions, a reference solution, a
learner's buggy attempt, hidden tests, the verdict's failing test, hints, lessons.

`passes_hidden_tests` stands in for the sandbox: it really runs a snippet against the
hidden tests, in this process, so the execution gate is tested with true answers.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from dataclasses import dataclass, replace

from pyascent.tutor.context import (
    LessonSection,
    Level,
    TutorContext,
    TutorSettings,
)


@dataclass(frozen=True)
class Reply:
    """A reply text, and the level and settings at which it is acceptable (if it is)."""

    name: str
    text: str
    level: Level = Level.EXPLAIN
    code_examples: bool = False


@dataclass(frozen=True)
class Exercise:
    context: TutorContext
    leaks: tuple[Reply, ...]
    acceptable: tuple[Reply, ...]

    def passes_hidden_tests(self) -> Callable[[str], bool]:
        return runner(self.context.hidden_tests)


def runner(hidden_tests: tuple[str, ...]) -> Callable[[str], bool]:
    """Run a snippet, then every `test_*` function of the hidden tests against it."""

    def passes(snippet: str) -> bool:
        namespace: dict[str, object] = {}
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(snippet, namespace)
                for source in hidden_tests:
                    body = "\n".join(
                        line for line in source.splitlines() if not line.startswith("from ")
                    )
                    exec(body, namespace)
                tests = [value for key, value in namespace.items() if key.startswith("test_")]
                for test in tests:
                    assert callable(test)
                    test()
        except Exception:  # noqa: BLE001 - as in the sandbox: any error means not passed
            return False
        return bool(tests)

    return passes


LESSONS = (
    LessonSection(
        anchor="strings#string-methods",
        lesson_title="Strings",
        heading="String methods",
        text="A string method returns a new string: lower() gives small letters, "
        "isalnum() says whether a character is a letter or a digit.",
    ),
    LessonSection(
        anchor="loops#accumulator",
        lesson_title="Repeating work: for loops",
        heading="Adding things up: the accumulator pattern",
        text="Start a total before the loop, add to it inside the loop, use it after.",
    ),
)


def at(exercise: Exercise, reply: Reply) -> TutorContext:
    """The exercise's context with the reply's settings (code examples on or off)."""
    settings = TutorSettings(code_examples=reply.code_examples)
    return replace(exercise.context, settings=settings)
