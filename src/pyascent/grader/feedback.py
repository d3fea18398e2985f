"""Turn the raw records of a check into a verdict a beginner understands.

Tests come first-failure-first; tracebacks keep only the learner's own lines; a syntax error
gets its line and a caret; every abnormal end (timeout, crash, limit) gets a plain sentence.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, field
from typing import Any

from pyascent.grader.api import (
    Frame,
    GradeJob,
    SourceProblem,
    Status,
    TestResult,
    TestStatus,
    Verdict,
)
from pyascent.grader.explain import explain_exception, explain_syntax


@dataclass
class RunOutcome:
    """What the host observed of one check process."""

    records: list[dict[str, Any]]
    returncode: int | None
    timed_out: bool
    stdout: str = ""
    stderr: str = ""
    work_dir: str = ""
    duration_ms: int = 0
    layers: list[str] = field(default_factory=list)
    subject_code: int | None = None  # verified checks: how the learner's process ended


def oversized_verdict(name: str, size: int, limit_kb: int) -> Verdict:
    return Verdict(
        status="error",
        summary=f"{name} is {size / 1024:.0f} KiB; files may be at most {limit_kb} KiB.",
        problem=SourceProblem("too-large", name, None, None, None, "file too large", None),
        explanation="That is far more code than any exercise needs. Did something paste a "
        "file into it by accident?",
    )


def _signal_of(code: int | None) -> int | None:
    if code is None:
        return None
    if code < 0:
        return -code
    if code > 128:
        return code - 128
    return None


def _frames(raw: list[dict[str, Any]]) -> tuple[Frame, ...]:
    frames = []
    for item in raw or []:
        if "skipped" in item:
            frames.append(Frame("...", 0, f"({item['skipped']} more calls)", ""))
        else:
            frames.append(Frame(item["file"], item["line"], item["function"], item["code"]))
    return tuple(frames)


def _test_from(record: dict[str, Any]) -> TestResult:
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
        traceback=_frames(record.get("frames", [])),
        test_code=test_line.get("code"),
        stdout=record.get("stdout") or None,
    )


def _problem(record: dict[str, Any]) -> SourceProblem:
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


def build_verdict(outcome: RunOutcome, job: GradeJob, verified: bool = False) -> Verdict:
    records = outcome.records
    if verified and outcome.subject_code is not None and not outcome.timed_out:
        sig = _signal_of(outcome.subject_code)
        if sig is not None or outcome.subject_code != 0 or _subject_ended(records):
            return _subject_died(outcome, job, sig)
    outcome.stdout = _scrub(outcome.stdout, outcome.work_dir)
    outcome.stderr = _scrub(outcome.stderr, outcome.work_dir)
    layers = next((tuple(r["layers"]) for r in records if r["kind"] == "layers"), ())
    common: dict[str, Any] = {
        "stdout": outcome.stdout,
        "stderr": outcome.stderr,
        "duration_ms": outcome.duration_ms,
        "sandbox": layers,
        "verified": verified,
    }
    problem = next((r for r in records if r["kind"] == "problem"), None)
    if problem is not None:
        source = _problem(problem)
        where = f"{source.file} line {source.line}" if source.line else source.file
        label = "is not valid UTF-8" if source.kind == "encoding" else "has a syntax error"
        return Verdict(
            status="error",
            summary=f"{where} {label}: {source.message}",
            problem=source,
            explanation=(
                "Save the file as UTF-8 text (most editors have this under 'Save with encoding')."
                if source.kind == "encoding"
                else explain_syntax(source.message)
            ),
            **common,
        )
    tests = _merge_tests(records)
    started = [r["id"] for r in records if r["kind"] == "start"]
    finished = {r["id"] for r in records if r["kind"] == "test"}
    running = next((i for i in started if i not in finished), None)
    done = next((r for r in records if r["kind"] == "done"), None)
    crash = next((r for r in records if r["kind"] == "crash"), None)
    if crash is not None:
        learner_ran = any(r["kind"] in ("start", "collect-error") for r in records)
        crash = {**crash, "message": _scrub(crash["message"], outcome.work_dir)}
        return Verdict(
            status="error",
            summary=(
                f"The test run broke down after your code ran: {crash['message']}."
                if learner_ran
                else f"The check could not run: {crash['message']}."
            ),
            tests=_ordered(tests),
            explanation=(
                "Your code changed something the tests need: files, folders or the "
                "interpreter itself."
                if learner_ran
                else "This is a fault of the grading machine, not of your code."
            ),
            **common,
        )
    sig = _signal_of(outcome.returncode)
    abnormal = _abnormal_end(outcome, job, sig, done is None)
    if abnormal is not None:
        status, summary, why = abnormal
        if running is not None:
            name = running.split("::")[-1]
            tests.append(
                TestResult(
                    name=name,
                    status="timeout" if status == "timeout" else "error",
                    message=summary,
                    explanation=why,
                )
            )
        return Verdict(
            status=status, summary=summary, tests=_ordered(tests), explanation=why, **common
        )
    collect = [r for r in records if r["kind"] == "collect-error"]
    if collect:
        kind = collect[0].get("exc_type") or "Error"
        message = collect[0].get("exc_message") or ""
        frames = _frames(collect[0].get("frames", []))
        where = f" ({frames[-1].file} line {frames[-1].line})" if frames else ""
        return Verdict(
            status="error",
            summary=f"Your code raised {kind} when it was loaded{where}: {message}".strip(),
            tests=(
                TestResult(
                    name="import",
                    status="error",
                    message=f"{kind}: {message}",
                    error_type=kind,
                    explanation=explain_exception(kind, message),
                    traceback=frames,
                ),
            ),
            explanation=explain_exception(kind, message),
            **common,
        )
    interrupted = _interrupted(done, tests, running)
    if interrupted is not None:
        summary, why = interrupted
        if running is not None:
            tests.append(
                TestResult(
                    name=running.split("::")[-1], status="error", message=summary, explanation=why
                )
            )
        return Verdict(
            status="error", summary=summary, tests=_ordered(tests), explanation=why, **common
        )
    if not tests:
        return Verdict(
            status="error",
            summary="The check could not run: no tests were collected.",
            **common,
        )
    ordered = _ordered(tests)
    bad = [t for t in ordered if t.status not in ("passed", "skipped")]
    passed = sum(1 for t in ordered if t.status == "passed")
    if not bad:
        return Verdict(
            status="passed", summary=f"All {passed} tests passed.", tests=ordered, **common
        )
    label = (bad[0].title or bad[0].name).rstrip(".")
    return Verdict(
        status="failed",
        summary=f"{passed} of {len(ordered)} tests passed. First problem: {label}.",
        tests=ordered,
        **common,
    )


def _subject_ended(records: list[dict[str, Any]]) -> bool:
    """Did the learner's process end under a test (not merely break the protocol)?"""
    return any(
        r.get("exc_type") == "SubjectFailed" and "process ended" in str(r.get("exc_message"))
        for r in records
    )


def _subject_died(outcome: RunOutcome, job: GradeJob, sig: int | None) -> Verdict:
    """The learner's process ended during a verified check: say why, never pass."""
    end = RunOutcome(
        records=[r for r in outcome.records if r["kind"] in ("layers", "start")],
        returncode=(128 + sig) if sig else outcome.subject_code,
        timed_out=False,
        stdout=outcome.stdout,
        stderr=outcome.stderr,
        work_dir=outcome.work_dir,
        duration_ms=outcome.duration_ms,
    )
    abnormal = _abnormal_end(end, job, sig, unfinished=True) if sig is not None else None
    if abnormal is None:
        status: Status = "error"
        summary = (
            f"Your code's process ended (exit code {outcome.subject_code}) while the tests "
            "were running."
        )
        why = (
            "Did your code call exit(), sys.exit() or os._exit(), or print far too much? "
            "Return values instead: only the tests decide whether it passed."
        )
    else:
        status, summary, why = abnormal
    tests = [
        _test_from(r) for r in outcome.records if r["kind"] == "test" and r["status"] == "passed"
    ]
    running = [r["id"] for r in outcome.records if r["kind"] == "test" and r["status"] != "passed"]
    if running:
        name = running[0].split("::")[-1]
        tests.insert(
            0,
            TestResult(
                name=name,
                status="timeout" if status == "timeout" else "error",
                message=summary,
                explanation=why,
            ),
        )
    layers = next((tuple(r["layers"]) for r in outcome.records if r["kind"] == "layers"), ())
    return Verdict(
        status=status,
        summary=summary,
        tests=tuple(tests),
        explanation=why,
        stdout=_scrub(outcome.stdout, outcome.work_dir),
        stderr=_scrub(outcome.stderr, outcome.work_dir),
        duration_ms=outcome.duration_ms,
        sandbox=layers,
        verified=True,
    )


def _abnormal_end(
    outcome: RunOutcome, job: GradeJob, sig: int | None, unfinished: bool
) -> tuple[Status, str, str] | None:
    limits = job.limits
    if outcome.timed_out:
        return (
            "timeout",
            f"Your code was still running after {limits.wall_seconds:g} s and was stopped.",
            "Look for a loop whose condition never becomes false, or for input() "
            "waiting for typing that never comes.",
        )
    if sig == signal.SIGXCPU:
        return (
            "timeout",
            f"Your code used more than {limits.cpu_seconds:g} s of processor time and was stopped.",
            "Look for an endless loop, or for work repeated far more often than needed.",
        )
    if sig == signal.SIGXFSZ:
        return (
            "error",
            "Your code wrote more than the output limit allows.",
            "Is something printing or writing inside an endless loop?",
        )
    if sig == signal.SIGSEGV:
        return (
            "error",
            "Your code crashed the Python interpreter (segmentation fault).",
            "This happens with ctypes or broken C extensions; plain Python cannot do it.",
        )
    if sig is not None and unfinished:
        return (
            "error",
            f"The check process was killed by signal {signal.Signals(sig).name}.",
            "Often this means the memory limit was reached.",
        )
    if unfinished:
        tail = outcome.stderr.strip().splitlines()[-1:] or ["(no message)"]
        return (
            "error",
            f"The check stopped before it finished (exit {outcome.returncode}).",
            f"Did your code call exit() or os._exit()? Last message: {tail[0]}",
        )
    return None


PYTEST_EXIT = {2: "interrupted", 3: "an internal error", 4: "a usage error"}


def _interrupted(
    done: dict[str, Any] | None, tests: list[TestResult], running: str | None
) -> tuple[str, str] | None:
    """A run that stopped early never counts as passed, whatever the tests so far said."""
    if done is None:
        return None
    code = int(done.get("exit", 0))
    collected = int(done.get("collected") or 0)
    if code in (0, 1) and len(tests) >= collected and running is None:
        return None
    reason = PYTEST_EXIT.get(code, f"exit code {code}")
    return (
        f"The test run stopped early ({reason}) after {len(tests)} of {collected} tests.",
        "Something in your code stopped the tests, for example raising KeyboardInterrupt or "
        "SystemExit outside a function, or changing the test machinery. Only a full run counts.",
    )


def _merge_tests(records: list[dict[str, Any]]) -> list[TestResult]:
    """One result per test: a setup or teardown error outranks a passing call."""
    by_id: dict[str, dict[str, Any]] = {}
    for record in records:
        if record["kind"] != "test":
            continue
        current = by_id.get(record["id"])
        if current is None or current["status"] == "passed":
            by_id[record["id"]] = record
    return [_test_from(r) for r in by_id.values()]


def _ordered(tests: list[TestResult]) -> tuple[TestResult, ...]:
    """First failure first, then the others in their original order."""
    first_bad = next((t for t in tests if t.status not in ("passed", "skipped")), None)
    if first_bad is None:
        return tuple(tests)
    return (first_bad, *[t for t in tests if t is not first_bad])


def _scrub(text: str, work_dir: str) -> str:
    """Host paths mean nothing to a learner and tell an attacker where things live."""
    if work_dir:
        text = text.replace(work_dir + "/", "").replace(work_dir, ".")
    return text
