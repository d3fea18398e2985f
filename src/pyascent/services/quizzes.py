"""Answering the quizzes of a lesson: the expected outputs come from running the code.

Design (docs/authoring.md, "Quizzes in lessons"): nobody writes down what a predict snippet
prints. `pyascent course check --record-answers` runs each snippet in the sandbox and records
its output with the code's digest in the module's `quiz-answers.toml`, and `course check`
fails when a snippet no longer prints its record. The web app answers from the record whose
digest matches the code. Without one (a pack being written) it computes the answer once, by
running the same code through the same sandbox runner as the lesson examples, and keeps it
in memory keyed by the code's digest. A page view runs nothing either way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from pyascent.course import (
    Course,
    Lesson,
    Module,
    Quiz,
    code_digest,
    quiz_key,
    same_output,
    shuffled,
)
from pyascent.grader import RunOutput
from pyascent.services.errors import ServiceError

_KEPT = 4096  # outputs remembered at most


@dataclass(frozen=True)
class QuizView:
    """A quiz as a page shows it: its id, and for Parsons the order of the lines shown."""

    id: str
    quiz: Quiz
    order: tuple[int, ...] = ()

    @property
    def lines(self) -> list[tuple[int, str]]:
        """(index into the pool, line) in the order shown."""
        return [(i, self.quiz.pool[i]) for i in self.order]


@dataclass(frozen=True)
class OptionFeedback:
    index: int
    correct: bool
    explanation: str


@dataclass(frozen=True)
class QuizResult:
    correct: bool
    message: str
    expected: str | None = None  # what the program prints (predict, Parsons)
    output: str | None = None  # what the learner's program printed (Parsons)
    options: tuple[OptionFeedback, ...] = ()  # each option's explanation (choice)


def quiz_id(module: Module, lesson: Lesson, quiz: Quiz) -> str:
    return quiz_key(module.id, lesson.slug, quiz.number)


class QuizBook:
    """Every quiz of a course by id, and the outputs its programs print (computed once)."""

    def __init__(self, course: Course, run: Callable[[str], RunOutput]) -> None:
        self._run = run
        self._quizzes: dict[str, Quiz] = {
            quiz_id(m, lesson, q): q
            for m in course.modules
            for lesson in m.lessons
            for q in lesson.quizzes
        }
        self._recorded: dict[tuple[str, str], str] = {
            (r.quiz, r.code_sha256): r.output for m in course.modules for r in m.answers
        }
        self._outputs: dict[str, RunOutput] = {}
        self._lock = threading.Lock()

    def parts(self, module: Module, lesson: Lesson) -> list[str | QuizView]:
        """A lesson's body as Markdown runs and quizzes ready to show."""
        return [
            part if isinstance(part, str) else self.view(module, lesson, part)
            for part in lesson.parts()
        ]

    def view(self, module: Module, lesson: Lesson, quiz: Quiz) -> QuizView:
        order = tuple(shuffled(quiz)) if quiz.kind == "parsons" else ()
        return QuizView(quiz_id(module, lesson, quiz), quiz, order)

    def quiz(self, key: str, kind: str) -> Quiz:
        found = self._quizzes.get(key)
        if found is None or found.kind != kind:
            raise ServiceError(f"There is no {kind} quiz '{key}'.")
        return found

    def output_of(self, code: str) -> RunOutput:
        """What `code` printed in the sandbox: run once per distinct code, then remembered."""
        digest = code_digest(code)
        with self._lock:
            known = self._outputs.get(digest)
        if known is not None:
            return known
        output = self._run(code)
        if output.status == "ok":
            with self._lock:
                if len(self._outputs) >= _KEPT:  # learners' Parsons programs: keep it bounded
                    self._outputs.clear()
                self._outputs[digest] = output
        return output

    def expected_of(self, key: str, quiz: Quiz) -> str:
        """The answer: authored (Parsons `expected`), recorded for this code, else computed."""
        if quiz.kind == "parsons" and quiz.expected is not None:
            return quiz.expected
        recorded = self._recorded.get((key, code_digest(quiz.program)))
        if recorded is not None:
            return recorded
        output = self.output_of(quiz.program)
        if output.status != "ok":
            raise ServiceError(
                "This quiz's program did not run here, so its answer is unknown. "
                "Tell the course's author: `pyascent course check` reports it."
            )
        return output.stdout

    def answer_predict(self, key: str, answer: str) -> QuizResult:
        quiz = self.quiz(key, "predict")
        expected = self.expected_of(key, quiz)
        if same_output(answer, expected):
            return QuizResult(True, "Right: that is what it prints.", expected)
        return QuizResult(False, "Not quite. Compare with what it really prints.", expected)

    def answer_choice(self, key: str, selected: list[int]) -> QuizResult:
        quiz = self.quiz(key, "choice")
        chosen = set(selected)
        if not chosen or any(i < 0 or i >= len(quiz.options) for i in chosen):
            raise ServiceError(
                f"Choose one or more options, numbered 0 to {len(quiz.options) - 1}."
            )
        right = {i for i, option in enumerate(quiz.options) if option.correct}
        feedback = tuple(
            OptionFeedback(i, quiz.options[i].correct, quiz.options[i].explanation)
            for i in sorted(chosen)
        )
        if chosen == right:
            return QuizResult(True, "Right.", options=feedback)
        if chosen < right:
            message = "Right so far, but there is more than one correct answer."
        else:
            message = "Not quite: read why below, then try again."
        return QuizResult(False, message, options=feedback)

    def answer_parsons(self, key: str, order: list[int]) -> QuizResult:
        quiz = self.quiz(key, "parsons")
        if len(set(order)) != len(order) or any(i < 0 or i >= len(quiz.pool) for i in order):
            raise ServiceError(
                f"Send each line at most once, by its number from 0 to {len(quiz.pool) - 1}."
            )
        if not order:
            raise ServiceError("Put at least one line in the program.")
        expected = self.expected_of(key, quiz)
        program = "\n".join(quiz.pool[i] for i in order) + "\n"
        output = self.output_of(program)
        if output.status != "ok":
            why = output.error or "it did not finish"
            return QuizResult(False, f"That program does not run: {why}", expected, output.stdout)
        if same_output(output.stdout, expected):
            return QuizResult(
                True, "Right: the program prints what it should.", expected, output.stdout
            )
        return QuizResult(False, "It runs, but prints something else.", expected, output.stdout)
