"""Schemas of the TOML files in a course pack (the authoring contract, see docs/authoring.md).

Unknown fields are refused (`extra="forbid"`) so that a typo such as `hint = [...]` is an
error with a line number instead of a silently ignored setting.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", max_length=80)]
TopicId = Annotated[str, Field(pattern=r"^[a-z]+\.[a-z0-9-]+$")]
PyFileName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*\.py$")]
# A learner's file: Python or not (Dockerfile, pyproject.toml, .github/workflows/ci.yml),
# at the top or in folders up to four deep; no "..", no absolute path, never in .meta.
_SEGMENT = r"\.?[A-Za-z0-9_][A-Za-z0-9_.\-]*"
LearnerPath = Annotated[str, Field(pattern=rf"^({_SEGMENT}/){{0,4}}{_SEGMENT}$", max_length=160)]
Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


GradingMode = Literal["verified", "single-process"]


class TutorManifest(_Strict):
    """`[tutor]` in course.toml (the defaults) or exercise.toml (overrides, field by field)."""

    enabled: bool | None = None
    max_level: Annotated[int, Field(ge=0, le=4)] | None = None  # 5, the solution: its policy
    llm: Literal["off", "allowed"] | None = None
    avoid: list[Text] | None = None  # concepts not taught yet; words or AST node names
    code_examples: bool | None = None
    attempts_for_scaffold: Annotated[int, Field(ge=0, le=20)] | None = None
    turns_per_hour: Annotated[int, Field(ge=1, le=1000)] | None = None


class CourseManifest(_Strict):
    schema_version: Literal[1]
    id: Identifier
    title: Text
    description: str = ""
    mode: GradingMode = "verified"
    modules: list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]] = Field(min_length=1)
    tutor: TutorManifest = TutorManifest()


class ReadingItem(_Strict):
    title: Text
    url: Annotated[str, Field(pattern=r"^https?://\S+$")]


class ModuleManifest(_Strict):
    schema_version: Literal[1] = 1
    id: Identifier
    title: Text
    phase: Annotated[int, Field(ge=1, le=4)]
    weeks: list[Annotated[int, Field(ge=1, le=16)]] = Field(min_length=1)
    summary: Text
    exercises: list[str] | None = None
    reading: list[ReadingItem] = []


class LimitsManifest(_Strict):
    """Per-exercise overrides of the grader's limits; unset fields keep the defaults."""

    cpu_seconds: Annotated[float, Field(gt=0, le=120)] | None = None
    wall_seconds: Annotated[float, Field(gt=0, le=300)] | None = None
    memory_mb: Annotated[int, Field(ge=64, le=8192)] | None = None
    processes: Annotated[int, Field(ge=1, le=512)] | None = None
    file_size_kb: Annotated[int, Field(ge=1, le=1024 * 1024)] | None = None
    output_kb: Annotated[int, Field(ge=1, le=16 * 1024)] | None = None
    open_files: Annotated[int, Field(ge=16, le=4096)] | None = None


class ExerciseManifest(_Strict):
    schema_version: Literal[1]
    id: Identifier
    title: Text
    topics: list[TopicId] = Field(min_length=1)
    difficulty: Annotated[int, Field(ge=1, le=5)]
    files: list[LearnerPath] = Field(min_length=1)
    hints: list[Text] = []
    prerequisites: list[Identifier] = []
    limits: LimitsManifest = LimitsManifest()
    requires: list[Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_.]*$")]] = []
    # "single-process" runs tests and learner code together (for lessons on the interpreter
    # itself, such as sys.getrefcount); such verdicts are marked unverified.
    mode: GradingMode | None = None
    # "tests": the learner writes the tests (`files`, test_*.py) of the starter's `subject`
    # files; they must pass on the subject and catch every bug in .meta/bugs and every
    # mutant of the subject (docs/authoring.md, "Exercises where the learner writes tests").
    kind: Literal["code", "tests"] = "code"
    subject: list[PyFileName] = []
    # "strict": the learner's files must also be clean under `mypy --strict` (services/typecheck.py)
    typecheck: Literal["strict"] | None = None
    tutor: TutorManifest = TutorManifest()

    @field_validator("files")
    @classmethod
    def _inside_the_project(cls, files: list[str]) -> list[str]:
        for name in files:
            parts = name.split("/")
            if ".." in parts or parts[0] == ".meta":
                raise ValueError(f"'{name}' must be a path inside the learner's project")
        if len(set(files)) != len(files):
            raise ValueError("a file is listed twice")
        return files

    @model_validator(mode="after")
    def _tests_need_a_subject(self) -> ExerciseManifest:
        if self.kind == "tests":
            if not self.subject:
                raise ValueError("an exercise of kind 'tests' lists its subject files")
            wrong = [name for name in self.files if not name.startswith("test_")]
            if wrong:
                raise ValueError(
                    f"in an exercise of kind 'tests' the learner's files are test files: "
                    f"rename '{wrong[0]}' to test_{wrong[0]}"
                )
            both = set(self.subject) & set(self.files)
            if both:
                raise ValueError(f"'{sorted(both)[0]}' is both a subject file and a learner file")
            if self.typecheck:
                raise ValueError("typecheck is for exercises of kind 'code'")
        elif self.subject:
            raise ValueError("subject is only for exercises of kind 'tests'")
        return self


class BugManifest(_Strict):
    """`.meta/bugs/<name>.toml`: what is wrong with the broken subject `<name>.py`."""

    description: Text  # in plain words, shown to a learner whose tests miss it
    file: PyFileName | None = None  # the subject file it replaces (default: the first)


class MistakeManifest(_Strict):
    """A plausible wrong program and the feedback it must trigger."""

    description: Text
    expect_message: str | None = None
    expect_test: str | None = None

    @model_validator(mode="after")
    def _needs_an_expectation(self) -> MistakeManifest:
        if self.description.lstrip().upper().startswith("TODO"):
            raise ValueError(
                "description still starts with TODO: say in plain words what this mistake is "
                "(a draft made from a failure cluster leaves it for you to write)"
            )
        if not self.expect_message and not self.expect_test:
            raise ValueError("set expect_message (text the feedback must contain) or expect_test")
        return self


class EquivalentMutantEntry(_Strict):
    """A mutant no test can tell from the reference solution, and why (reviewed like code)."""

    id: Annotated[str, Field(pattern=r"^[0-9a-f]{8}(?:-[0-9]+)?$")]
    reason: Annotated[str, Field(min_length=10)]


class MutantsManifest(_Strict):
    """`.meta/mutants.toml`: the surviving mutants an author declares equivalent."""

    schema_version: Literal[1] = 1
    equivalent: list[EquivalentMutantEntry] = []


class Flashcard(_Strict):
    id: Identifier
    question: Text
    answer: Text
    topics: list[TopicId] = []


class FlashcardsManifest(_Strict):
    schema_version: Literal[1] = 1
    card: list[Flashcard] = []


class RecordedAnswerEntry(_Strict):
    quiz: Annotated[str, Field(pattern=r"^[\w-]+\.[\w-]+\.[1-9][0-9]*$")]
    code_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    output: str


class QuizAnswersManifest(_Strict):
    schema_version: Literal[1] = 1
    answer: list[RecordedAnswerEntry] = []


class LessonFrontMatter(_Strict):
    title: str | None = None
    topics: list[TopicId] = []
