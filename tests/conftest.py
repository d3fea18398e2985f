"""Shared fixtures: paths of the golden exercise and the built-in course."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyascent.course import Exercise, builtin_course_path, load_exercise_folder
from pyascent.grader import WorkerPool

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden"


@pytest.fixture(scope="session")
def adder() -> Exercise:
    """A tiny exercise with short limits, used by grader scenarios."""
    return load_exercise_folder(GOLDEN / "pack" / "arith" / "exercises" / "adder")


@pytest.fixture(scope="session")
def pool() -> Iterator[WorkerPool]:
    """One warm worker per test process (xdist runs one test process per core)."""
    with WorkerPool(workers=1) as grader:
        yield grader


@pytest.fixture(scope="session")
def builtin_path() -> Path:
    return builtin_course_path()


@pytest.fixture(scope="session")
def test_pack() -> Path:
    return GOLDEN / "pack"


class Cli:
    """Runs the real `pyascent` command in a subprocess, as a learner would."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd

    def __call__(
        self, *args: str, cwd: Path | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
        return subprocess.run(
            [sys.executable, "-m", "pyascent", *args],
            cwd=cwd or self.cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture
def workspace(tmp_path: Path, cli: Cli, test_pack: Path) -> Path:
    """A fresh workspace on the small test pack, created through the CLI."""
    done = cli("init", "ws", "--course", str(test_pack))
    assert done.returncode == 0, done.stderr + done.stdout
    return tmp_path / "ws"
