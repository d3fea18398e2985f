"""The grader's narrow interface: a job in, a verdict out.

Everything behind `Grader.grade` (processes, isolation, pytest) may be replaced without the
callers noticing; the verdict's JSON form is a versioned wire format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

VERDICT_SCHEMA_VERSION = 1

Status = Literal["passed", "failed", "error", "timeout"]
TestStatus = Literal["passed", "failed", "error", "timeout", "skipped", "not-run"]


class GraderError(Exception):
    """The platform could not grade (a fault of ours or of the machine, never the learner's)."""


@dataclass(frozen=True)
class Limits:
    """Resources one check may use; defaults follow the peers (Judge0, Jobe, Exercism)."""

    cpu_seconds: float = 5.0
    wall_seconds: float = 10.0
    memory_mb: int = 512
    processes: int = 32
    file_size_kb: int = 1024
    output_kb: int = 64
    open_files: int = 128
    source_kb: int = 512
    disk_mb: int = 32

    def with_overrides(self, overrides: Mapping[str, float | int]) -> Limits:
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in overrides.items() if k in known})  # type: ignore[arg-type]


@dataclass(frozen=True)
class GradeJob:
    """One check: the learner's files against one exercise's hidden tests."""

    files: Mapping[str, bytes]
    tests_dir: Path
    support_files: Mapping[str, bytes] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    hide: tuple[Path, ...] = ()  # folders the check must not see (the course pack)
    verified: bool | None = None  # None: the grader's default mode

    @property
    def main_file(self) -> str:
        return next(iter(self.files))


@dataclass(frozen=True)
class Frame:
    """A line of the learner's own code in a traceback.

    Frames of pytest, of the tests and of the platform are left out: a beginner should
    read only lines they wrote. A long recursion keeps its ends, with one `...` frame
    whose `function` says how many calls were cut.

    Attributes:
        file: the file's name inside the exercise (no host path).
        line: the line number in that file (0 for the `...` frame).
        function: the function the line is in, `<module>` at top level.
        code: the source of that line, stripped.
    """

    file: str
    line: int
    function: str
    code: str


@dataclass(frozen=True)
class SourceProblem:
    """A file that could not even be compiled: syntax error, bad encoding, too large.

    Nothing ran, so this is the whole verdict: it points at the spot instead of at a test.

    Attributes:
        kind: `SyntaxError` (or a subclass such as `IndentationError`), `encoding` or
            `too-large`.
        file: the learner's file it is in.
        line, offset: where Python stopped reading (1-based), when it says.
        text: that line (without its indent when there is a `pointer` to show under it).
        message: why: for a syntax error Python's own words ("expected ':'"), unchanged.
        pointer: spaces and carets that line up under `text` at the error.
    """

    kind: str
    file: str
    line: int | None
    offset: int | None
    text: str | None
    message: str
    pointer: str | None


@dataclass(frozen=True)
class TestResult:
    """One test as the learner sees it, or as an author proving a course pack reads it.

    Attributes:
        name: the test function's name; `import` when the module failed to load.
        status: `passed`; `failed` when a test's assertion said no; `error` when an
            exception other than the test's assertion ended it (usually raised by the
            learner's code); `timeout` when the run stopped in this test at a time limit;
            `skipped`; `not-run`.
        title: the first line of the test's docstring, the author's words for what it
            checks; shown instead of `name` when present.
        message: what went wrong, in words: the author's assertion message, the
            exception as "Type: message", or the run's own sentence when it stopped here.
        expected, actual: the two sides of a failed `==`, as reprs, shown side by side.
        error_type: the exception's class name, only when `status` is `error`.
        explanation: what the error means for a beginner and what to try next.
        traceback: the learner's own lines only, outermost call first.
        test_code: the test's own line where it failed or called into the learner's code.
        stdout: what the learner's code printed during this test.
        figures: pictures of figures the learner's code drew that the test showed
            (`show_figure`), as base64 PNG.
    """

    name: str
    status: TestStatus
    title: str | None = None
    message: str | None = None
    expected: str | None = None
    actual: str | None = None
    error_type: str | None = None
    explanation: str | None = None
    traceback: tuple[Frame, ...] = ()
    test_code: str | None = None
    stdout: str | None = None
    figures: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The answer to one check; its JSON form (`to_json`) is the versioned wire format.

    Everything a learner's code causes ends here, never as an exception of the platform.

    Attributes:
        status: `passed` only when every test not skipped ran and passed; `failed` when
            a test said no; `error` when the code could not be tested (syntax, import,
            crash, exit, a limit); `timeout` when it ran out of wall-clock or CPU time.
        summary: one sentence that names the first problem; what a list of checks shows.
        tests: one result per test, the first failure first, the others in the order run.
        problem: set when the source could not be compiled; then `tests` is empty.
        stdout, stderr: what the learner's code printed, capped, host paths removed.
        duration_ms: how long the check took, as the host measured it.
        sandbox: the isolation layers that were in force, in a sentence each.
        explanation: a plain-language hint for the verdict as a whole, when there is one.
        verified: decided in a process the learner's code never ran in, so the code
            cannot have forged it.
    """

    status: Status
    summary: str
    tests: tuple[TestResult, ...] = ()
    problem: SourceProblem | None = None
    stdout: str = ""
    stderr: str = ""
    duration_ms: int = 0
    sandbox: tuple[str, ...] = ()
    explanation: str | None = None
    verified: bool = False  # decided in a process the learner's code never ran in

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def first_failure(self) -> TestResult | None:
        return next((t for t in self.tests if t.status not in ("passed", "skipped")), None)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data = {"schema_version": VERDICT_SCHEMA_VERSION, **data}
        data["sandbox"] = list(self.sandbox)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Verdict:
        tests = tuple(
            TestResult(
                **{
                    **t,
                    "traceback": tuple(Frame(**f) for f in t.get("traceback", ())),
                    "figures": tuple(t.get("figures", ())),
                }
            )
            for t in data.get("tests", ())
        )
        problem = SourceProblem(**data["problem"]) if data.get("problem") else None
        return cls(
            status=data["status"],
            summary=data["summary"],
            tests=tests,
            problem=problem,
            stdout=data.get("stdout", ""),
            stderr=data.get("stderr", ""),
            duration_ms=data.get("duration_ms", 0),
            sandbox=tuple(data.get("sandbox", ())),
            explanation=data.get("explanation"),
            verified=bool(data.get("verified", False)),
        )


@dataclass(frozen=True)
class RunJob:
    """A snippet to run as a program (a lesson's example), not to grade."""

    code: bytes
    limits: Limits = field(default_factory=Limits)
    file_name: str = "example.py"


@dataclass(frozen=True)
class RunOutput:
    """What a snippet printed and drew; figures come back as base64 PNG images."""

    status: Literal["ok", "error", "timeout"]
    stdout: str
    stderr: str
    images: tuple[str, ...] = ()
    error: str | None = None
    explanation: str | None = None
    traceback: tuple[Frame, ...] = ()
    duration_ms: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"schema_version": VERDICT_SCHEMA_VERSION, **asdict(self)}


class Grader(Protocol):
    """Anything that turns a job into a verdict. Learner faults are verdicts, not exceptions.

    Raises:
        GraderError: only when the platform itself cannot grade.
    """

    def grade(self, job: GradeJob) -> Verdict: ...


@runtime_checkable
class Runner(Protocol):
    """Anything that runs a snippet (a lesson example) in the sandbox."""

    def run(self, job: RunJob) -> RunOutput: ...
