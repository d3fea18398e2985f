"""What a lesson example printed and drew, or why it stopped, for the learner to read."""

from __future__ import annotations

import signal
from typing import Any

from pyascent.grader.api import Limits, RunOutput
from pyascent.grader.endings import signal_of
from pyascent.grader.explain import explain_exception, explain_syntax
from pyascent.grader.feedback import RunOutcome
from pyascent.grader.records import frames_of, scrub, source_problem


def build_run_output(outcome: RunOutcome, limits: Limits) -> RunOutput:
    """What a lesson example printed and drew, or why it stopped."""
    records = outcome.records
    stdout = scrub(outcome.stdout, outcome.work_dir)
    stderr = scrub(outcome.stderr, outcome.work_dir)
    images = tuple(r["png"] for r in records if r["kind"] == "image")
    base: dict[str, Any] = {
        "stdout": stdout,
        "stderr": stderr,
        "images": images,
        "duration_ms": outcome.duration_ms,
    }
    problem = next((r for r in records if r["kind"] == "problem"), None)
    if problem is not None:
        source = source_problem(problem)
        where = f"line {source.line}: " if source.line else ""
        pointer = (
            f"\n    {source.text}\n    {source.pointer}" if source.text and source.pointer else ""
        )
        return RunOutput(
            "error",
            error=f"SyntaxError, {where}{source.message}{pointer}",
            explanation=explain_syntax(source.message),
            **base,
        )
    sig = signal_of(outcome.returncode)
    if outcome.timed_out or sig == signal.SIGXCPU:
        return RunOutput(
            "timeout",
            error=f"Stopped after {limits.wall_seconds:g} s: the example ran too long.",
            **base,
        )
    failure = next((r for r in records if r["kind"] == "run-error"), None)
    if failure is not None:
        kind, message = failure["exc_type"], failure.get("exc_message") or ""
        return RunOutput(
            "error",
            error=f"{kind}: {message}" if message else kind,
            explanation=explain_exception(kind, message),
            traceback=frames_of(failure.get("frames", [])),
            **base,
        )
    if not any(r["kind"] == "run-done" for r in records):
        crash = next((r for r in records if r["kind"] == "crash"), None)
        reason = crash["message"] if crash else f"exit status {outcome.returncode}"
        return RunOutput("error", error=f"The example stopped unexpectedly ({reason}).", **base)
    return RunOutput("ok", **base)
