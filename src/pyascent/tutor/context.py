"""What the tutor knows when it answers, and what one answer is.

Every turn is built from the learner's own evidence (their code, the failing test, the
matched mistake, the lessons of the exercise), assembled by `services` from the store, the
course and the grader. These types carry no behaviour and do no I/O, so the ladder, the
engine and the guard can be tested with plain values, and an LLM turn and a ladder turn
are the same kind of thing for the guard.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum


class Level(IntEnum):
    """The rungs of the hint ladder, from the least to the most help."""

    EXPLAIN = 0  # walk me through what your code does with this input
    LOCATE = 1  # which test, its input, expected vs actual, the line that diverges
    CONCEPT = 2  # the misconception as a question, citing the lesson section
    STRATEGY = 3  # the authored hints in order, plus where the difference is
    SCAFFOLD = 4  # a Parsons puzzle of the reference, the learner's wrong lines as distractors
    REVEAL = 5  # the reference solution, under the solution policy; the exercise is assisted


@dataclass(frozen=True)
class CodeLine:
    """One line of a traceback in the learner's own file."""

    file: str
    line: int
    function: str
    code: str


@dataclass(frozen=True)
class FailingTest:
    """The first test that did not pass, as the learner's verdict showed it."""

    name: str
    status: str  # failed | error | timeout
    title: str | None = None  # the test's docstring line, the author's words
    message: str | None = None
    expected: str | None = None
    actual: str | None = None
    error_type: str | None = None
    explanation: str | None = None
    traceback: tuple[CodeLine, ...] = ()
    test_code: str | None = None  # the test's own line: the learner saw it in the verdict


@dataclass(frozen=True)
class SyntaxProblem:
    """The code could not be compiled: nothing ran, the spot is the whole story."""

    file: str
    line: int | None
    message: str
    text: str | None = None


@dataclass(frozen=True)
class MistakeMatch:
    """A misconception an author proved with a mistake sample, matched to this verdict."""

    name: str
    description: str  # what the mistake is, in the author's words


@dataclass(frozen=True)
class LessonSection:
    """A section of a lesson the tutor may cite; `anchor` is `lesson-slug#section-slug`."""

    anchor: str
    lesson_title: str
    heading: str
    text: str
    url: str = ""  # where the page shows it, e.g. /modules/basics/lessons/strings#f-strings


@dataclass(frozen=True)
class TutorSettings:
    """What the course and the exercise allow (`[tutor]` in exercise.toml over the course's)."""

    enabled: bool = True
    max_level: Level = Level.SCAFFOLD  # REVEAL stays under the solution policy
    llm: str = "allowed"  # off | allowed
    avoid: tuple[str, ...] = ()  # concepts not taught yet: words and AST node names
    code_examples: bool = False  # may a STRATEGY turn carry a snippet of its own?
    attempts_for_scaffold: int = 3  # failed attempts before a Parsons puzzle


@dataclass(frozen=True)
class LadderState:
    """Where a learner is on one exercise's ladder; stored, so a reload cannot reset it.

    `attempt_at_level` is the number of attempts made when `level` was reached: climbing
    one more level needs a newer attempt.
    """

    level: Level | None = None  # None: no turn yet
    attempt_at_level: int = 0
    hints_used: int = 0  # authored hints given at STRATEGY, in order


@dataclass(frozen=True)
class ParsonsPuzzle:
    """The reference's lines shuffled (deterministically) with distractors among them."""

    lines: tuple[str, ...]  # what the learner arranges, shuffled
    distractors: int  # how many of `lines` belong to no solution


@dataclass(frozen=True)
class TutorTurn:
    """One reply of the tutor, whoever wrote it (the ladder or a model)."""

    level: Level
    message: str
    question: str = ""
    cites: tuple[str, ...] = ()  # lesson anchors or test names
    code: str | None = None
    puzzle: ParsonsPuzzle | None = None
    source: str = "ladder"  # ladder | llm


@dataclass(frozen=True)
class TutorContext:
    """Everything one turn may use; the learner's text is untrusted data, never a command."""

    exercise_id: str
    title: str
    instructions: str
    main_file: str
    learner_files: Mapping[str, str]
    references: tuple[Mapping[str, str], ...]  # the reference solution (and accepted others)
    hidden_tests: tuple[str, ...]  # test sources: never quoted to the learner
    status: str  # the last verdict's: passed | failed | error | timeout | none
    summary: str = ""
    failing: FailingTest | None = None
    problem: SyntaxProblem | None = None
    mistake: MistakeMatch | None = None
    hints: tuple[str, ...] = ()  # authored, in order
    lessons: tuple[LessonSection, ...] = ()
    attempts: int = 0  # checks made on this exercise
    failed_attempts: int = 0
    wrong_lines: tuple[str, ...] = ()  # learner lines that differ from the reference
    settings: TutorSettings = field(default_factory=TutorSettings)
    ladder: LadderState = field(default_factory=LadderState)
    message: str = ""  # what the learner asked, if anything
    history: tuple[TutorTurn, ...] = ()  # the last turns, most recent last
