"""The raw records of a check, parsed once into typed records.

The check process writes one JSON object a line, each with a "kind": layers, problem, start,
test, collect-error, done, crash (and timings, which no verdict shows). Reading them in one
place means the rules that decide a verdict never scan raw dicts, and what each kind carries
is written down here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pyascent.grader.api import Frame, SourceProblem, TestResult, TestStatus
from pyascent.grader.explain import explain_exception


@dataclass(frozen=True)
class Report:
    """One report of one test. A test reports its call, and also a setup or teardown that
    did not pass, so one id may report more than once."""

    id: str
    result: TestResult


@dataclass(frozen=True)
class CollectError:
    """An exception while pytest loaded the files: the learner's module failed at import."""

    exc_type: str
    message: str
    frames: tuple[Frame, ...] = ()


@dataclass(frozen=True)
class SessionEnd:
    """pytest's own account of a finished session: its exit status and tests collected."""

    exit: int
    collected: int


@dataclass(frozen=True)
class CheckRecords:
    """Everything the check process reported, by kind. Layers, problem, done and crash are
    written once; only the first of each is read."""

    layers: tuple[str, ...] = ()  # the isolation layers in force
    problem: SourceProblem | None = None  # the source could not be compiled: nothing ran
    reports: tuple[Report, ...] = ()  # in the order written, phases not merged
    started: tuple[str, ...] = ()  # ids of the tests that began, in order
    done: SessionEnd | None = None  # None: the run never finished
    crash: str | None = None  # the platform's own failure, host paths scrubbed
    collect_errors: tuple[CollectError, ...] = ()
    subject_ended: bool = False  # a verified check's judge saw the learner's process end

    @property
    def tests(self) -> tuple[TestResult, ...]:
        """One result per test, in the order they first reported: a setup or teardown error
        outranks a passing call."""
        by_id: dict[str, TestResult] = {}
        for report in self.reports:
            current = by_id.get(report.id)
            if current is None or current.status == "passed":
                by_id[report.id] = report.result
        return tuple(by_id.values())

    @property
    def running(self) -> str | None:
        """The test that began and never reported: where the run stopped."""
        finished = {report.id for report in self.reports}
        return next((i for i in self.started if i not in finished), None)

    @property
    def learner_ran(self) -> bool:
        """Did the learner's code run at all (a test began, or importing it failed)?"""
        return bool(self.started or self.collect_errors)


def parse_records(raw: Iterable[Mapping[str, Any]], work_dir: str) -> CheckRecords:
    """Read each record once, into the shape the verdict's rules need.

    Args:
        raw: the records as read from the result file, in the order written.
        work_dir: the check folder on the host, scrubbed from the crash message.
    """
    first: dict[str, Mapping[str, Any]] = {}
    reports: list[Report] = []
    started: list[str] = []
    collect_errors: list[CollectError] = []
    subject_ended = False
    for record in raw:
        kind = record["kind"]
        if kind == "test":
            reports.append(Report(record["id"], result_of(record)))
        elif kind == "start":
            started.append(record["id"])
        elif kind == "collect-error":
            collect_errors.append(_collect_error(record))
        elif kind in ("layers", "problem", "done", "crash"):
            first.setdefault(kind, record)
        subject_ended = subject_ended or _reports_subject_ended(record)
    layers, problem, done, crash = (first.get(k) for k in ("layers", "problem", "done", "crash"))
    return CheckRecords(
        layers=tuple(layers["layers"]) if layers is not None else (),
        problem=source_problem(problem) if problem is not None else None,
        reports=tuple(reports),
        started=tuple(started),
        done=_session_end(done) if done is not None else None,
        crash=scrub(crash["message"], work_dir) if crash is not None else None,
        collect_errors=tuple(collect_errors),
        subject_ended=subject_ended,
    )


def scrub(text: str, work_dir: str) -> str:
    """Host paths mean nothing to a learner and tell an attacker where things live."""
    if work_dir:
        text = text.replace(work_dir + "/", "").replace(work_dir, ".")
    return text


def frames_of(raw: list[dict[str, Any]] | None) -> tuple[Frame, ...]:
    """The learner's own traceback lines; a long recursion arrives with its middle cut."""
    frames = []
    for item in raw or []:
        if "skipped" in item:
            frames.append(Frame("...", 0, f"({item['skipped']} more calls)", ""))
        else:
            frames.append(Frame(item["file"], item["line"], item["function"], item["code"]))
    return tuple(frames)


def result_of(record: Mapping[str, Any]) -> TestResult:
    """A test's report as the learner reads it: an error names its exception and explains
    it; a bare `assert` message gives way to the expected-vs-actual pair when there is one."""
    status: TestStatus = record["status"]
    message = record.get("message")
    explanation = None
    if status == "error":
        kind = record.get("exc_type") or "Exception"
        detail = record.get("exc_message") or ""
        message = f"{kind}: {detail}" if detail else kind
        explanation = explain_exception(kind, record.get("exc_message") or "")
    elif status == "failed" and not message:
        message = record.get("detail") or record.get("exc_message")
        if message and message.startswith("assert ") and record.get("expected"):
            message = "The result is not what the test expected."
    test_line = record.get("test_line") or {}
    return TestResult(
        name=record["name"],
        status=status,
        title=record.get("title"),
        message=message,
        expected=record.get("expected"),
        actual=record.get("actual"),
        error_type=record.get("exc_type") if status == "error" else None,
        explanation=explanation,
        traceback=frames_of(record.get("frames", [])),
        test_code=test_line.get("code"),
        stdout=record.get("stdout") or None,
        figures=tuple(f for f in record.get("figures", ()) if isinstance(f, str)),
    )


def source_problem(record: Mapping[str, Any]) -> SourceProblem:
    """A syntax or encoding error with the line stripped of its indent and a caret under
    the spot, as wide as the error when it stays on one line."""
    line, offset, text = record.get("line"), record.get("offset"), record.get("text")
    pointer = None
    if text is not None and offset:
        text = text.rstrip("\n")
        stripped = text.lstrip()
        indent = len(text) - len(stripped)
        end = record.get("end_offset") or offset + 1
        same_line = record.get("end_line") in (None, line)
        width = max(1, (end - offset) if same_line and end > offset else 1)
        pointer = " " * max(0, offset - 1 - indent) + "^" * width
        text = stripped
    return SourceProblem(
        kind=record["type"],
        file=record["file"],
        line=line,
        offset=offset,
        text=text,
        message=record["message"],
        pointer=pointer,
    )


def _collect_error(record: Mapping[str, Any]) -> CollectError:
    return CollectError(
        exc_type=record.get("exc_type") or "Error",
        message=record.get("exc_message") or "",
        frames=frames_of(record.get("frames", [])),
    )


def _session_end(record: Mapping[str, Any]) -> SessionEnd:
    return SessionEnd(exit=int(record.get("exit", 0)), collected=int(record.get("collected") or 0))


def _reports_subject_ended(record: Mapping[str, Any]) -> bool:
    """Did the learner's process end under a test (not merely break the protocol)?"""
    return record.get("exc_type") == "SubjectFailed" and "process ended" in str(
        record.get("exc_message")
    )
