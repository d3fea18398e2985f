"""Fixtures the grader offers to hidden tests (loaded with `-p`).

`run_program` runs the learner's file as a whole program, with stdin and arguments, the way
a learner runs it in a terminal. Tests use it instead of monkeypatching `input` or `sys.argv`,
so they keep working when the learner's code runs in a process apart from the tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

_SHOWN = 20_000
_remote: Callable[[str, Sequence[str], str, float], dict[str, object]] | None = None


def set_remote_runner(
    runner: Callable[[str, Sequence[str], str, float], dict[str, object]],
) -> None:
    """In a verified check the learner's files live in the subject: run programs there."""
    global _remote
    _remote = runner


@dataclass(frozen=True)
class ProgramResult:
    """What a program run produced: its exit code and its output as text."""

    returncode: int
    stdout: str
    stderr: str


def _run(
    file: str,
    args: Sequence[str] = (),
    stdin: str = "",
    timeout: float = 5.0,
) -> ProgramResult:
    if os.sep in file or not file.endswith(".py"):
        raise ValueError("run_program takes the name of a learner file such as 'greet.py'")
    if _remote is not None:
        answer = _remote(file, list(args), stdin, timeout)
        if answer.get("timeout"):
            pytest.fail(
                f"The program {file} did not finish within {timeout:g} s. "
                "Is it waiting for input it never gets, or stuck in a loop?",
                pytrace=False,
            )
        return ProgramResult(
            int(answer.get("returncode", -1)),  # type: ignore[call-overload]
            str(answer.get("stdout", ""))[:_SHOWN],
            str(answer.get("stderr", ""))[:_SHOWN],
        )
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "TMPDIR", "LANG")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        done = subprocess.run(
            [sys.executable, file, *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env=env,
            cwd=os.getcwd(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"The program {file} did not finish within {timeout:g} s. "
            "Is it waiting for input it never gets, or stuck in a loop?",
            pytrace=False,
        )
    return ProgramResult(done.returncode, done.stdout[:_SHOWN], done.stderr[:_SHOWN])


_cpu_seconds: Callable[[], float] = time.process_time


def set_cpu_clock(clock: Callable[[], float]) -> None:
    """In a verified check, CPU time is the subject's, read from the kernel by the judge."""
    global _cpu_seconds
    _cpu_seconds = clock


@dataclass(frozen=True)
class Timing:
    """A call measured by the tests' side: its result, wall time and CPU time in seconds."""

    result: object
    wall: float
    cpu: float


def _timed(function: Callable[..., object], *args: object, **kwargs: object) -> Timing:
    cpu_before, wall_before = _cpu_seconds(), time.perf_counter()
    result = function(*args, **kwargs)
    wall = time.perf_counter() - wall_before
    return Timing(result, wall, max(0.0, _cpu_seconds() - cpu_before))


@pytest.fixture
def timed() -> Callable[..., Timing]:
    """Time a call to the learner's code: timed(function, *args) -> Timing.

    Measured outside the learner's code (never by it), for performance exercises.
    """
    return _timed


@pytest.fixture
def run_program() -> Callable[..., ProgramResult]:
    """Run a learner file as a program: run_program("cli.py", args=[...], stdin="...")."""
    return _run
