"""The typed model of a loaded course pack: what the rest of pyascent reads.

Plain frozen dataclasses, so that services and renderers never touch TOML or pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class LimitOverrides:
    """Limits an exercise sets for its checks; None keeps the grader's default."""

    cpu_seconds: float | None = None
    wall_seconds: float | None = None
    memory_mb: int | None = None
    processes: int | None = None
    file_size_kb: int | None = None
    output_kb: int | None = None
    open_files: int | None = None

    def as_dict(self) -> dict[str, float | int]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Mistake:
    """A plausible wrong program kept with the exercise, and what it must trigger."""

    name: str
    path: Path
    description: str
    expect_message: str | None
    expect_test: str | None


@dataclass(frozen=True)
class EquivalentMutant:
    """A mutant the author declares equivalent in `.meta/mutants.toml` (line: of its id)."""

    id: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class Bug:
    """A broken version of a subject file that the learner's tests must catch."""

    name: str
    path: Path  # .meta/bugs/<name>.py, the whole broken file
    description: str  # what is wrong, in plain words
    file: str  # the subject file it stands in for


@dataclass(frozen=True)
class TutorOptions:
    """What a `[tutor]` table says; None leaves the course's (or the built-in) default."""

    enabled: bool | None = None
    max_level: int | None = None
    llm: str | None = None
    avoid: tuple[str, ...] | None = None
    code_examples: bool | None = None
    attempts_for_scaffold: int | None = None
    turns_per_hour: int | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    slug: str
    title: str
    module_id: str
    path: Path
    topics: tuple[str, ...]
    difficulty: int
    files: tuple[str, ...]
    hints: tuple[str, ...]
    prerequisites: tuple[str, ...]
    limits: LimitOverrides
    requires: tuple[str, ...]
    instructions: str
    mistakes: tuple[Mistake, ...] = ()
    mode: str = "verified"  # or "single-process": tests and learner code in one process
    equivalent_mutants: tuple[EquivalentMutant, ...] = ()
    kind: str = "code"  # or "tests": the learner writes tests of the `subject` files
    subject: tuple[str, ...] = ()  # starter files under test, for kind "tests"
    bugs: tuple[Bug, ...] = ()  # broken subjects the learner's tests must catch
    typecheck: str | None = None  # "strict": mypy --strict must be clean on the learner's files
    tutor: TutorOptions = TutorOptions()  # over the course's

    @property
    def writes_tests(self) -> bool:
        return self.kind == "tests"

    @property
    def starter_dir(self) -> Path:
        return self.path / "starter"

    @property
    def solution_dir(self) -> Path:
        return self.path / ".meta" / "solution"

    @property
    def tests_dir(self) -> Path:
        return self.path / ".meta" / "tests"

    @property
    def mutants_path(self) -> Path:
        return self.path / ".meta" / "mutants.toml"

    @property
    def manifest_path(self) -> Path:
        return self.path / "exercise.toml"

    def support_files(self) -> tuple[str, ...]:
        """Files of the starter that the learner does not edit (data files, helpers)."""
        if not self.starter_dir.is_dir():
            return ()
        names = [
            p.relative_to(self.starter_dir).as_posix()
            for p in sorted(self.starter_dir.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts
        ]
        return tuple(n for n in names if n not in self.files)


@dataclass(frozen=True)
class ChoiceOption:
    """One answer of a multiple-choice quiz, with why it is right or wrong."""

    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Quiz:
    """A quiz written as a fenced block in a lesson (see `course.quizzes`).

    kind is predict (what does `code` print?), choice (`question`, `options`) or parsons
    (`solution` lines in order, `distractors` left out, `expected` output or None: the
    solution's own output). No answer is typed by the author for predict and parsons: it is
    the output of running the code in the sandbox.
    """

    kind: str
    number: int  # 1, 2, ... in the order the lesson shows them
    line: int  # line of the opening fence in the lesson file
    start: int  # first line of the fence in the lesson's body (0-based)
    end: int  # the line after the closing fence in the body
    code: str = ""
    question: str = ""
    options: tuple[ChoiceOption, ...] = ()
    solution: tuple[str, ...] = ()
    distractors: tuple[str, ...] = ()
    expected: str | None = None

    @property
    def program(self) -> str:
        """The program whose output is the answer: the snippet, or the Parsons solution."""
        return self.code if self.kind == "predict" else "\n".join(self.solution) + "\n"

    @property
    def needs_recorded_answer(self) -> bool:
        """Whether the answer is what the program prints (so `course check` records it)."""
        return self.kind == "predict" or (self.kind == "parsons" and self.expected is None)

    @property
    def pool(self) -> tuple[str, ...]:
        """A Parsons quiz's lines: the solution's, then the distractors (the page shuffles)."""
        return self.solution + self.distractors


@dataclass(frozen=True)
class RecordedAnswer:
    """What a quiz's program printed when `course check --record-answers` last ran it.

    `quiz` is the quiz's key (`quiz_key`), `code_sha256` the digest of the program that
    printed `output`; `line` is where the record sits in the module's answers file.
    """

    quiz: str
    code_sha256: str
    output: str
    line: int | None = None


@dataclass(frozen=True)
class Lesson:
    slug: str
    title: str
    path: Path
    topics: tuple[str, ...]
    body: str
    quizzes: tuple[Quiz, ...] = ()
    explorer_views: tuple[str, ...] = ()  # the views its examples open (course/examples.py)

    def parts(self) -> list[str | Quiz]:
        """The body as Markdown runs and quizzes, in order (the quiz fences cut out)."""
        lines = self.body.splitlines(keepends=True)
        parts: list[str | Quiz] = []
        at = 0
        for quiz in self.quizzes:
            if quiz.start > at:
                parts.append("".join(lines[at : quiz.start]))
            parts.append(quiz)
            at = quiz.end
        if at < len(lines):
            parts.append("".join(lines[at:]))
        return parts


@dataclass(frozen=True)
class ReadingLink:
    title: str
    url: str


@dataclass(frozen=True)
class Flashcard:
    id: str
    question: str
    answer: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    phase: int
    weeks: tuple[int, ...]
    summary: str
    path: Path
    lessons: tuple[Lesson, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    reading: tuple[ReadingLink, ...] = ()
    flashcards: tuple[Flashcard, ...] = ()
    cheatsheet: str | None = None
    answers: tuple[RecordedAnswer, ...] = ()  # from quiz-answers.toml, written by the tool


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    description: str
    path: Path
    modules: tuple[Module, ...] = ()
    tutor: TutorOptions = TutorOptions()
    _index: dict[str, Exercise] = field(default_factory=dict, repr=False, compare=False)

    def exercises(self) -> list[Exercise]:
        """Every exercise in roadmap order."""
        return [ex for module in self.modules for ex in module.exercises]

    def exercise(self, key: str) -> Exercise | None:
        """Find an exercise by id or by folder name."""
        if not self._index:
            for ex in self.exercises():
                self._index.setdefault(ex.id, ex)
                self._index.setdefault(ex.slug, ex)
        return self._index.get(key)

    def module_of(self, exercise: Exercise) -> Module:
        return next(m for m in self.modules if m.id == exercise.module_id)
