"""Raw records become a beginner's verdict: ordering, carets, abnormal ends."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

from pyascent.grader import GradeJob, Limits
from pyascent.grader.explain import explain_exception, explain_syntax
from pyascent.grader.feedback import RunOutcome, build_verdict

JOB = GradeJob(files={"a.py": b""}, tests_dir=Path("."), limits=Limits(wall_seconds=2))


def verdict_of(records: list[dict[str, Any]], code: int | None = 0, timed_out: bool = False):  # type: ignore[no-untyped-def]
    return build_verdict(RunOutcome(records, code, timed_out, work_dir="/w/check-1"), JOB)


def record(name: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "test", "id": f"t.py::{name}", "name": name, "status": status, **extra}


def test_first_failure_comes_first() -> None:
    verdict = verdict_of(
        [
            record("a", "passed"),
            record("b", "failed", message="b should be 2", expected="2", actual="3"),
            {"kind": "done", "exit": 1, "collected": 2},
        ]
    )
    assert verdict.status == "failed"
    assert [t.name for t in verdict.tests] == ["b", "a"]
    assert verdict.summary == "1 of 2 tests passed. First problem: b."


def test_syntax_error_gets_a_caret_under_the_spot() -> None:
    record = {
        "kind": "problem",
        "type": "SyntaxError",
        "file": "a.py",
        "line": 2,
        "offset": 11,
        "end_offset": 12,
        "text": "    if x = 1:\n",
        "message": "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    }
    verdict = verdict_of([record])
    assert verdict.status == "error"
    assert verdict.problem is not None
    assert verdict.problem.text == "if x = 1:"
    assert verdict.problem.pointer == "      ^"
    assert verdict.explanation == "A single `=` stores a value; to compare two values use `==`."


def test_timeout_names_the_running_test() -> None:
    verdict = verdict_of([{"kind": "start", "id": "t.py::slow"}], code=-9, timed_out=True)
    assert verdict.status == "timeout"
    assert verdict.tests[0].name == "slow" and verdict.tests[0].status == "timeout"
    assert "after 2 s" in verdict.summary


def test_cpu_limit_signal_is_a_timeout() -> None:
    verdict = verdict_of([{"kind": "start", "id": "t.py::x"}], code=128 + signal.SIGXCPU)
    assert verdict.status == "timeout"


def test_exit_without_results_is_never_a_pass() -> None:
    verdict = verdict_of([record("a", "passed")], code=0)
    assert verdict.status == "error"
    assert "stopped before it finished" in verdict.summary


def test_host_paths_are_scrubbed_from_output() -> None:
    outcome = RunOutcome([], 1, False, stderr="File /w/check-1/a.py broke", work_dir="/w/check-1")
    assert "/w/check-1" not in build_verdict(outcome, JOB).stderr


def test_every_verdict_carries_output_timing_and_layers() -> None:
    outcome = RunOutcome(
        [
            {"kind": "layers", "layers": ["pid namespace"]},
            record("a", "passed"),
            {"kind": "done", "exit": 0, "collected": 1},
        ],
        0,
        False,
        stdout="wrote /w/check-1/out.txt\n",
        stderr="warning in /w/check-1/a.py\n",
        work_dir="/w/check-1",
        duration_ms=42,
    )
    verdict = build_verdict(outcome, JOB, verified=True)
    assert verdict.status == "passed"
    assert verdict.stdout == "wrote out.txt\n"
    assert verdict.stderr == "warning in a.py\n"
    assert (verdict.duration_ms, verdict.sandbox, verdict.verified) == (
        42,
        ("pid namespace",),
        True,
    )
    assert outcome.stdout == "wrote /w/check-1/out.txt\n"  # the outcome itself is left as it was
    assert build_verdict(outcome, JOB).verified is False


def test_a_verified_check_whose_subject_exited_never_passes() -> None:
    outcome = RunOutcome(
        [record("a", "passed"), {"kind": "done", "exit": 0, "collected": 1}],
        0,
        False,
        work_dir="/w/check-1",
        subject_code=1,
    )
    verdict = build_verdict(outcome, JOB, verified=True)
    assert verdict.status == "error"
    assert "exit code 1" in verdict.summary
    assert build_verdict(outcome, JOB, verified=False).status == "passed"


def test_explanations_are_specific() -> None:
    assert "`totl`" in explain_exception("NameError", "name 'totl' is not defined")
    assert "forgot to `return`" in explain_exception(
        "TypeError", "unsupported operand type(s) for +: 'NoneType' and 'int'"
    )
    assert "str(...)" in explain_exception(
        "TypeError", 'can only concatenate str (not "int") to str'
    )
    assert "colon" in explain_syntax("expected ':'")
    assert "Python could not read this line" in explain_syntax("something new")
