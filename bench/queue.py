"""Grading through the queue (Redis + `pyascent worker` processes), in one run:

- checks per second with 1 and 2 worker processes (one sandboxed slot each), against the
  local pool (WorkerPool, as `pyascent serve` grades without a queue) with as many slots;
- the time for 300 queued submissions to all have verdicts (2 worker processes), against
  the local pool grading the same 300 with 2 slots;
- the latency one check adds through the queue: enqueue to stored verdict, against a check
  in the local pool.

Every figure is also printed as a ratio against the local pool of the same run. The database
is a SQLite file, Redis a local redis-server with an fsynced append-only file.

Run: .venv/bin/python -m bench.queue
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import func, select

from bench._common import median_ms, timed
from pyascent.course import Exercise, load_course
from pyascent.grader import WorkerPool
from pyascent.queue import GradingQueue
from pyascent.services.bootstrap import ServerSetup
from pyascent.services.grading import job_for, server_grader
from pyascent.services.settings_loader import load_settings
from pyascent.store.database import create_store_engine
from pyascent.store.tables import Attempt
from tests.integration.queue_procs import (
    COURSE,
    EXERCISE,
    RIGHT,
    WAITING,
    cleaned_up,
    open_queued_server,
    start_worker,
    the_exercise,
)
from tests.integration.redis_server import redis_server

THROUGHPUT_CHECKS = 120
DRAIN_CHECKS = 300
LATENCY_RUNS = 30
FILES = {"greeting.py": RIGHT.encode()}


def local_seconds(exercise: Exercise, slots: int, checks: int) -> float:
    """Seconds the local pool takes to grade `checks` checks, `slots` at a time."""
    settings = load_settings(flags={}).settings
    with server_grader(load_course(COURSE), settings, workers=slots) as pool:
        job = job_for(exercise, FILES)
        for _ in range(2 * slots):
            pool.grade(job)
        with ThreadPoolExecutor(slots) as threads:
            return timed(lambda: list(threads.map(lambda _: pool.grade(job), range(checks))))


def local_latency_ms(exercise: Exercise) -> float:
    with WorkerPool(workers=1, warm=True) as pool:
        job = job_for(exercise, FILES)
        for _ in range(5):
            pool.grade(job)
        return median_ms([timed(lambda: pool.grade(job)) for _ in range(LATENCY_RUNS)])


def waiting(database: str) -> int:
    engine = create_store_engine(database)
    try:
        with engine.connect() as connection:
            count = connection.scalar(
                select(func.count()).select_from(Attempt).where(Attempt.status.in_(WAITING))
            )
    finally:
        engine.dispose()
    return int(count or 0)


def wait_for_workers(queue: str, processes: int) -> None:
    """Until every worker process beats: it has its warm pool and consumes."""
    broker = GradingQueue(queue, 3000, 60_000)
    try:
        deadline = time.monotonic() + 60
        while sum(beat.seconds_ago < 2 for beat in broker.workers()) < processes:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{processes} worker process(es) never started")
            time.sleep(0.1)
    finally:
        broker.close()


class QueueRun:
    """A fresh database, `processes` workers on the queue, and the server's services."""

    def __init__(self, folder: Path, queue: str, processes: int) -> None:
        folder.mkdir()
        self.folder = folder
        self.queue = queue
        self.database = f"sqlite:///{folder / 'progress.db'}"
        self.processes = processes

    def seconds_for(self, setup: ServerSetup, checks: int) -> float:
        """Enqueue `checks` checks at once; seconds until the last has its verdict."""
        service = setup.service
        exercise = the_exercise(service.course)
        started = time.perf_counter()
        for _ in range(checks):
            service.enqueue(exercise, FILES, "web")
        while waiting(self.database):
            time.sleep(0.01)
        return time.perf_counter() - started

    def latency_ms(self, setup: ServerSetup) -> float:
        """One check at a time: enqueue until its verdict is stored, median."""
        service = setup.service
        exercise = the_exercise(service.course)
        samples = []
        for run in range(LATENCY_RUNS + 3):
            started = time.perf_counter()
            check = service.enqueue(exercise, FILES, "web")
            while service.attempt_state(check.attempt_id).status in WAITING:
                time.sleep(0.002)
            if run >= 3:
                samples.append(time.perf_counter() - started)
        return statistics.median(samples) * 1000


def through_queue(
    root: Path, queue: str, processes: int, checks: int, latency: bool
) -> tuple[float, float | None]:
    """(seconds for `checks` checks, median latency ms or None) with `processes` workers."""
    run = QueueRun(root / f"q{processes}-{checks}", queue, processes)
    setup = open_queued_server(run.folder, queue, run.database, queue_max_waiting=10_000)
    try:
        with cleaned_up() as started:
            for number in range(processes):
                started.append(start_worker(queue, run.database, run.folder, f"w{number}"))
            wait_for_workers(queue, processes)
            run.seconds_for(setup, 2 * processes)  # warm: the first checks of each slot
            seconds = run.seconds_for(setup, checks)
            took = run.latency_ms(setup) if latency else None
    finally:
        setup.service.close()
    return seconds, took


def main() -> None:
    exercise = the_exercise(load_course(COURSE))
    local = {slots: local_seconds(exercise, slots, THROUGHPUT_CHECKS) for slots in (1, 2)}
    local_drain = local_seconds(exercise, 2, DRAIN_CHECKS)
    local_ms = local_latency_ms(exercise)
    with tempfile.TemporaryDirectory() as folder, redis_server() as redis:
        root = Path(folder)
        queued: dict[int, float] = {}
        queue_ms = 0.0
        for processes in (1, 2):
            seconds, took = through_queue(
                root, redis.url, processes, THROUGHPUT_CHECKS, latency=processes == 1
            )
            queued[processes] = seconds
            if took is not None:
                queue_ms = took
        drain, _ = through_queue(root, redis.url, 2, DRAIN_CHECKS, latency=False)
    print(f"({os.cpu_count()} cores; exercise {EXERCISE}, one sandboxed slot per worker process)")
    for processes in (1, 2):
        rate, base = THROUGHPUT_CHECKS / queued[processes], THROUGHPUT_CHECKS / local[processes]
        print(
            f"through the queue, {processes} worker process(es): {rate:.1f} checks/s; "
            f"local pool with {processes} slot(s): {base:.1f} checks/s (ratio {rate / base:.2f})"
        )
    print(
        f"{DRAIN_CHECKS} queued submissions all graded (2 worker processes): {drain:.1f} s; "
        f"local pool, 2 slots: {local_drain:.1f} s (ratio {drain / local_drain:.2f})"
    )
    print(
        f"one check, enqueue to stored verdict: median {queue_ms:.1f} ms; local pool "
        f"{local_ms:.1f} ms; added {queue_ms - local_ms:.1f} ms (ratio {queue_ms / local_ms:.2f})"
    )


if __name__ == "__main__":
    main()
