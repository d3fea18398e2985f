"""Chaos on the grading queue: a burst of 60 checks while the server dies between a commit
and a send, a worker is SIGKILLed mid-check and Redis is SIGKILLed; every check must still
end with exactly one verdict, and none may be left queued or running."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from pyascent.services.queueing import FAULT_ENV
from pyascent.store import GradingQueueStore
from tests.integration.queue_procs import (
    ROOT,
    WAITING,
    cleaned_up,
    kill_group,
    rows,
    start_worker,
    worker_env,
)
from tests.integration.redis_server import redis_server

TOTAL = 60
CRASH_AFTER = 20
DEADLINE_SECONDS = 150  # workers preload the course's packages first (torch, scikit-learn...)


def driver(
    folder: Path, queue: str, database: str, name: str, *extra: str, **env: str
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "tests.integration.queue_driver", str(folder), queue]
    command += [database, str(TOTAL), *extra]
    with (folder / f"{name}.log").open("ab") as log:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=worker_env(folder, **env),
            start_new_session=True,
        )


def until(condition: object, what: str, started: float, folder: Path) -> None:
    assert callable(condition)
    while not condition():
        if time.monotonic() - started > DEADLINE_SECONDS:
            logs = "".join(
                f"\n--- {log.name}\n{log.read_text(errors='replace')[-2000:]}"
                for log in sorted(folder.glob("*.log"))
            )
            raise AssertionError(f"never happened: {what}\n{states(folder)}{logs}")
        time.sleep(0.05)


def states(folder: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for row in rows(database_of(folder)).values():
        found[row.status] = found.get(row.status, 0) + 1
    return found


def database_of(folder: Path) -> str:
    return f"sqlite:///{folder / 'progress.db'}"


def test_every_check_of_a_burst_gets_exactly_one_verdict_through_chaos(tmp_path: Path) -> None:
    database = database_of(tmp_path)
    with redis_server() as redis, cleaned_up() as started:
        queue = redis.url
        first = start_worker(queue, database, tmp_path, "worker-a", slots=2)
        started += [first, start_worker(queue, database, tmp_path, "worker-b", slots=2)]
        burst = time.monotonic()

        crashing = driver(
            tmp_path, queue, database, "driver-1", **{FAULT_ENV: "crash_after_commit:20"}
        )
        started.append(crashing)
        assert crashing.wait(timeout=40) == 97, "the fault stops the server after 20 sends"
        assert len(rows(database)) == CRASH_AFTER + 1, "the 21st committed, never sent"
        second = driver(tmp_path, queue, database, "driver-2", "--reconcile")
        started.append(second)

        workers = {f"{os.uname().nodename}:{w.pid}": w for w in started[:2]}
        victim: list[subprocess.Popen[bytes]] = []

        def a_worker_is_grading() -> bool:
            for row in rows(database).values():
                if row.status == "running" and row.worker in workers:
                    victim.append(workers[row.worker])
                    return True
            return False

        until(a_worker_is_grading, "a worker began a check", burst, tmp_path)
        time.sleep(0.2)
        kill_group(victim[0])
        started.append(start_worker(queue, database, tmp_path, "worker-restarted", slots=2))

        def half_graded() -> bool:
            stored = rows(database)
            graded = sum(r.status not in WAITING for r in stored.values())
            return len(stored) == TOTAL and graded >= 15

        until(half_graded, "all saved and some graded", burst, tmp_path)
        waiting_at_crash = sum(r.status in WAITING for r in rows(database).values())
        redis.kill9()
        time.sleep(0.5)
        redis.restart()
        kill_group(second)  # and the server too, SIGKILL: its successor takes over
        started.append(driver(tmp_path, queue, database, "driver-3", "--reconcile"))

        def all_graded() -> bool:
            stored = rows(database)
            return len(stored) == TOTAL and all(r.status not in WAITING for r in stored.values())

        until(all_graded, "every check graded", burst, tmp_path)
        drained = time.monotonic() - burst

    stored = rows(database)
    assert len(stored) == TOTAL
    assert waiting_at_crash > 0, "Redis died while checks were waiting"
    for row in stored.values():
        assert row.verdict is not None, f"attempt {row.id} has no verdict ({row.status})"
        expected = "failed" if '"Hi, ' in json.loads(row.files)["greeting.py"] else "passed"
        assert (row.status, json.loads(row.verdict)["status"]) == (expected, expected), row.id
        assert row.runs >= 1
    store = GradingQueueStore(database)
    try:
        counts = store.counts()
    finally:
        store.close()
    assert (counts.queued, counts.running) == (0, 0)
    assert counts.runs_beyond_first >= 1, "the killed worker's check ran again"
    assert counts.runs_beyond_first == sum(r.runs - 1 for r in stored.values())
    # Counted once each: progress holds one failure per failing check, however often it ran.
    failing = sum(r.status == "failed" for r in stored.values())
    assert failing == TOTAL // 3
    assert failures_counted(database) == failing
    print(
        f"\nchaos: {TOTAL} checks drained in {drained:.1f} s; "
        f"duplicate runs {counts.runs_beyond_first}; waiting when Redis died {waiting_at_crash}"
    )


def failures_counted(database: str) -> int:
    from sqlalchemy import func, select

    from pyascent.store.database import create_store_engine
    from pyascent.store.tables import ExerciseProgress

    engine = create_store_engine(database)
    try:
        with engine.connect() as connection:
            total = connection.scalar(select(func.sum(ExerciseProgress.failed_attempts)))
    finally:
        engine.dispose()
    return int(total or 0)
