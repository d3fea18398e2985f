"""Real processes around the grading queue for tests: `pyascent worker`, a server's services
on the queue, and what the database says of each attempt."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pyascent.course import Course, Exercise, builtin_course_path
from pyascent.queue.broker import GradingQueue
from pyascent.services import open_server
from pyascent.services.bootstrap import ServerSetup
from pyascent.services.views import AttemptState
from pyascent.store.database import create_store_engine
from pyascent.store.tables import Attempt

ROOT = Path(__file__).resolve().parents[2]
PYASCENT = Path(sys.executable).parent / "pyascent"
COURSE = builtin_course_path()
HEARTBEAT_MS = 3000
WAITING = ("queued", "running")
EXERCISE = "greeting"
RIGHT = 'def greet(name):\n    return f"Hello, {name}!"\n'
WRONG = 'def greet(name):\n    return f"Hi, {name}."\n'
# Passes, after long enough for a test to kill the worker running it.
SLOW = 'import time\n\ntime.sleep(4)\n\n\ndef greet(name):\n    return f"Hello, {name}!"\n'


def the_exercise(course: Course) -> Exercise:
    """The exercise every queue test submits to (a short, simple one)."""
    exercise = course.exercise(EXERCISE)
    assert exercise is not None, f"the built-in course has no {EXERCISE}"
    return exercise


def worker_env(folder: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYASCENT_HOME": str(folder / "home"),
        "PYASCENT_QUEUE_HEARTBEAT_MS": str(HEARTBEAT_MS),
        **extra,
    }


def start_worker(
    queue: str, database: str, folder: Path, name: str, slots: int = 1
) -> subprocess.Popen[bytes]:
    """`pyascent worker` in its own process group (its sandboxes die with it)."""
    command = [str(PYASCENT), "worker", "--queue", queue, "--db", database]
    command += ["--course", str(COURSE), "--workers", str(slots)]
    with (folder / f"{name}.log").open("ab") as log:
        return subprocess.Popen(
            command,
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=worker_env(folder),
            start_new_session=True,
        )


def kill_group(process: subprocess.Popen[Any]) -> None:
    """SIGKILL the process and everything in its group, and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


@contextlib.contextmanager
def cleaned_up() -> Iterator[list[subprocess.Popen[Any]]]:
    """A list to put started processes in; every one's group is killed at the end."""
    started: list[subprocess.Popen[Any]] = []
    try:
        yield started
    finally:
        for process in started:
            kill_group(process)


def open_queued_server(folder: Path, queue: str, database: str, **flags: Any) -> ServerSetup:
    """The services of `pyascent serve --queue` on the built-in course."""
    home = folder / "home"
    return open_server(
        {"queue": queue, "database": database, "course": str(COURSE), **flags},
        cwd=folder,
        env={**os.environ, "PYASCENT_HOME": str(home)},
    )


def wait_graded(
    setup: ServerSetup,
    attempt_ids: list[int],
    timeout: float,
    reconcile_every: float | None = None,
    logs: Path | None = None,
) -> dict[int, AttemptState]:
    """Poll until no attempt waits; reconcile() every so often when asked."""
    deadline = time.monotonic() + timeout
    last_reconcile = 0.0
    while True:
        states = {i: setup.service.attempt_state(i) for i in attempt_ids}
        if all(state.status not in WAITING for state in states.values()):
            return states
        if time.monotonic() > deadline:
            waiting = {i: s.status for i, s in states.items() if s.status in WAITING}
            raise AssertionError(f"still waiting after {timeout} s: {waiting}" + _logs(logs))
        if reconcile_every is not None and time.monotonic() - last_reconcile >= reconcile_every:
            setup.service.reconcile()
            last_reconcile = time.monotonic()
        time.sleep(0.1)


def wait_status(setup: ServerSetup, attempt_id: int, status: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while setup.service.attempt_state(attempt_id).status != status:
        if time.monotonic() > deadline:
            raise AssertionError(f"attempt {attempt_id} never became {status}")
        time.sleep(0.05)


def wait_workers_ready(queue: str, count: int, timeout: float, logs: Path | None = None) -> None:
    """Until `count` workers beat: a worker beats only once it has loaded what the course
    preloads (torch, scikit-learn) and consumes, which takes seconds on a loaded machine."""
    broker = GradingQueue(queue, HEARTBEAT_MS, 60_000)
    deadline = time.monotonic() + timeout
    try:
        while True:
            fresh = [b for b in broker.workers() if b.seconds_ago < HEARTBEAT_MS / 1000]
            if len(fresh) >= count:
                return
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{len(fresh)} of {count} workers ready in {timeout} s" + _logs(logs)
                )
            time.sleep(0.1)
    finally:
        broker.close()


def _logs(folder: Path | None) -> str:
    if folder is None:
        return ""
    return "".join(
        f"\n--- {log.name}\n{log.read_text(errors='replace')[-3000:]}"
        for log in sorted(folder.glob("*.log"))
    )


@dataclass(frozen=True)
class Row:
    id: int
    status: str
    runs: int
    worker: str | None
    verdict: str | None
    files: str


def rows(database: str) -> dict[int, Row]:
    """Every attempt as stored, straight from the database."""
    engine = create_store_engine(database)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                select(
                    Attempt.id,
                    Attempt.status,
                    Attempt.runs,
                    Attempt.worker,
                    Attempt.verdict,
                    Attempt.files,
                ).order_by(Attempt.id)
            ).all()
    finally:
        engine.dispose()
    return {r.id: Row(r.id, r.status, r.runs, r.worker, r.verdict, r.files) for r in found}
