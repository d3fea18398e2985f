"""Turn the raw records of a check into a verdict a beginner understands.

The entry point of a small pipeline: `records` parses what the check process wrote, once;
`classify` asks its rules in order of precedence which verdict that is; this module adds
what every verdict carries (the learner's output, the time taken, the isolation layers).
Tests come first-failure-first; tracebacks keep only the learner's own lines; a syntax error
gets its line and a caret; every abnormal end (timeout, crash, limit) gets a plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pyascent.grader.api import GradeJob, SourceProblem, Verdict
from pyascent.grader.classify import Check, classify
from pyascent.grader.records import parse_records, scrub


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


def build_verdict(outcome: RunOutcome, job: GradeJob, verified: bool = False) -> Verdict:
    """The verdict on one check; whatever the learner's code did, never an exception.

    Args:
        verified: the tests ran in a judge process apart from the learner's code, so the
            verdict may say it could not be forged (and the subject's exit is evidence).
    """
    stderr = scrub(outcome.stderr, outcome.work_dir)
    records = parse_records(outcome.records, outcome.work_dir)
    check = Check(
        records=records,
        limits=job.limits,
        returncode=outcome.returncode,
        timed_out=outcome.timed_out,
        stderr=stderr,
        verified=verified,
        subject_code=outcome.subject_code,
    )
    return replace(
        classify(check),
        stdout=scrub(outcome.stdout, outcome.work_dir),
        stderr=stderr,
        duration_ms=outcome.duration_ms,
        sandbox=records.layers,
        verified=verified,
    )


def oversized_verdict(name: str, size: int, limit_kb: int) -> Verdict:
    """A file too large to be worth running is refused before a check process starts."""
    return Verdict(
        status="error",
        summary=f"{name} is {size / 1024:.0f} KiB; files may be at most {limit_kb} KiB.",
        problem=SourceProblem("too-large", name, None, None, None, "file too large", None),
        explanation="That is far more code than any exercise needs. Did something paste a "
        "file into it by accident?",
    )
