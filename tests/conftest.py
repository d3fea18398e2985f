"""Shared fixtures: paths of the golden exercise and the built-in course."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from pyascent.course import Exercise, builtin_course_path, load_exercise_folder
from pyascent.grader import WorkerPool

# The golden scenarios' own hidden tests are data for the grader, not tests of this suite.
collect_ignore_glob = ["golden/*"]

# Servers and workers the tests start import no exercise packages before their first check
# (torch, transformers, scikit-learn: 13 s of CPU and 0.5 GB per worker, paid by every one of
# the suite's dozens of `serve` and `worker` processes, for checks of `greeting`). The
# default stays on for users; tests/unit/test_preload_setting.py proves both sides, and a
# test that wants the preloading sets the variable itself.
os.environ.setdefault("PYASCENT_PRELOAD_PACKAGES", "false")

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


ROOT = TESTS.parent


@dataclass
class Server:
    url: str
    database: Path
    process: subprocess.Popen[bytes]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(folder: Path, *extra: str, exercises: tuple[Path, ...] = ()) -> Iterator[Server]:
    """`pyascent serve` in a subprocess on a free port, with the test pack and a fresh DB;
    `exercises` are exercise folders added to the pack's module."""
    pack = folder / "pack"
    shutil.copytree(ROOT / "tests" / "golden" / "pack", pack)
    module = pack / "arith" / "module.toml"
    for exercise in exercises:
        shutil.copytree(exercise, pack / "arith" / "exercises" / exercise.name)
        text = module.read_text()
        module.write_text(text.replace('"echo"]', f'"echo", "{exercise.name}"]'))
    database = folder / "progress.db"
    port = free_port()
    command = [sys.executable, "-m", "pyascent", "serve", "--port", str(port)]
    command += ["--course", str(pack), "--db", str(database), *extra]
    env = {**os.environ, "PYASCENT_HOME": str(folder / "home")}
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(
            command, cwd=folder, stdout=log, stderr=subprocess.STDOUT, env=env
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/api/v1/exercises", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("server did not start:\n" + (folder / "server.log").read_text())
            time.sleep(0.2)
        try:
            yield Server(url, database, process)
        finally:
            process.terminate()
            process.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("server")) as started:
        yield started
