"""The grading queue for real: Redis, `pyascent worker` processes, SQLite and PostgreSQL.

Every check must end with exactly one verdict whatever dies: a worker mid-check, the
server between saving and sending, Redis itself.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pyascent.services.errors import GradingBusy
from pyascent.services.queueing import QueueSender
from pyascent.store import GradingQueueStore
from tests.integration.postgres import postgres_cluster
from tests.integration.queue_procs import (
    EXERCISE,
    HEARTBEAT_MS,
    RIGHT,
    ROOT,
    SLOW,
    WRONG,
    cleaned_up,
    kill_group,
    open_queued_server,
    rows,
    start_worker,
    the_exercise,
    wait_graded,
    wait_status,
    wait_workers_ready,
)
from tests.integration.redis_server import RedisServer, redis_server


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'progress.db'}"


def graded_by_a_worker(folder: Path, queue: str, database: str) -> None:
    """A right and a wrong submission through the queue end passed and failed; a pass that
    took three hints becomes practice, as when the server grades it itself."""
    setup = open_queued_server(folder, queue, database)
    service = setup.service
    exercise = the_exercise(service.course)
    for _ in range(3):
        service.hint(EXERCISE)
    reference = {name: (exercise.solution_dir / name).read_bytes() for name in exercise.files}
    try:
        with cleaned_up() as started:
            right = service.enqueue(exercise, reference, "web")
            wrong = service.enqueue(exercise, {"greeting.py": WRONG.encode()}, "web")
            assert (right.position, wrong.position) == (0, 1)
            assert service.attempt_state(wrong.attempt_id).status == "queued"
            started.append(start_worker(queue, database, folder, "worker"))
            states = wait_graded(setup, [right.attempt_id, wrong.attempt_id], 60, logs=folder)
        passed, failed = states[right.attempt_id], states[wrong.attempt_id]
        assert passed.status == "passed" and passed.verdict is not None
        assert passed.verdict["status"] == "passed" and passed.position is None
        assert failed.status == "failed" and failed.verdict is not None
        assert failed.verdict["status"] == "failed"
        assert any(test["status"] != "passed" for test in failed.verdict["tests"])
        progress = service.store.progress_of(EXERCISE)
        assert (progress.status, progress.failed_attempts) == ("done", 1)
        stored = rows(database)
        assert [r.runs for r in stored.values()] == [1, 1]
        assert all(r.worker and r.worker.startswith(socket.gethostname()) for r in stored.values())
        assert json.loads(stored[right.attempt_id].verdict or "{}")["status"] == "passed"
        counts = service.sender.counts() if service.sender else None
        assert counts is not None and (counts.queued, counts.running) == (0, 0)
        assert counts.runs_beyond_first == 0 and counts.graded_last_minute == 2
        practice = service.reviews.cards.states()[f"exercise:{EXERCISE}"]
        assert practice.reviews == 1
        assert practice.due - datetime.now(UTC) > timedelta(hours=23)
    finally:
        service.close()


def regraded_after_worker_killed(folder: Path, queue: str, database: str) -> None:
    """SIGKILL a worker mid-check: another worker gets the job and stores one verdict."""
    setup = open_queued_server(folder, queue, database)
    service = setup.service
    exercise = the_exercise(service.course)
    failures_before = service.store.progress_of(EXERCISE).failed_attempts
    runs_before = sum(r.runs for r in rows(database).values())
    try:
        with cleaned_up() as started:
            # Both workers are up before the check is sent, so what is timed below is the
            # re-delivery, not how long a worker takes to import torch.
            workers = [start_worker(queue, database, folder, name) for name in ("one", "two")]
            started.extend(workers)
            wait_workers_ready(queue, 2, 120, logs=folder)
            check = service.enqueue(exercise, {"greeting.py": SLOW.encode()}, "web")
            wait_status(setup, check.attempt_id, "running", 30)
            by_id = {f"{socket.gethostname()}:{w.pid}": w for w in workers}
            taker = rows(database)[check.attempt_id].worker
            assert taker in by_id, f"begun by {taker}, not by one of {sorted(by_id)}"
            [survivor] = [w for w in workers if w is not by_id[taker]]
            time.sleep(0.5)  # inside the sandbox now, sleeping
            assert service.attempt_state(check.attempt_id).status == "running"
            kill_group(by_id[taker])
            killed_at = time.monotonic()
            [state] = wait_graded(setup, [check.attempt_id], 60, logs=folder).values()
            took = time.monotonic() - killed_at
        assert state.status == "passed" and state.verdict is not None
        assert state.verdict["status"] == "passed"
        row = rows(database)[check.attempt_id]
        assert row.runs == 2, "begun by the killed worker, then by the other one"
        assert row.worker == f"{socket.gethostname()}:{survivor.pid}"
        # Re-delivered once the dead worker's heartbeat is stale, not after the 120 s lease.
        assert took < HEARTBEAT_MS / 1000 + 20
        store = GradingQueueStore(database)
        try:
            counts = store.counts()
        finally:
            store.close()
        assert counts.runs_beyond_first == 1 and (counts.queued, counts.running) == (0, 0)
        assert sum(r.runs for r in rows(database).values()) == runs_before + 2
        progress = service.store.progress_of(EXERCISE)
        assert (progress.status, progress.failed_attempts) == ("done", failures_before)
    finally:
        service.close()


def test_a_check_through_the_queue_gets_its_verdict(tmp_path: Path, redis: RedisServer) -> None:
    graded_by_a_worker(tmp_path, redis.url, sqlite_url(tmp_path))


def test_a_worker_killed_mid_check_is_replaced(tmp_path: Path, redis: RedisServer) -> None:
    regraded_after_worker_killed(tmp_path, redis.url, sqlite_url(tmp_path))


def test_committed_but_never_sent_is_sent_by_the_reconciler(
    tmp_path: Path, redis: RedisServer
) -> None:
    database = sqlite_url(tmp_path)
    lease = 2.0
    setup = open_queued_server(tmp_path, redis.url, database, queue_lease_seconds=lease)
    service = setup.service
    try:
        with cleaned_up() as started:
            started.append(start_worker(redis.url, database, tmp_path, "worker"))
            # What a server that died between its commit and its send leaves behind.
            lost = service.store.start_attempt(EXERCISE, {"greeting.py": RIGHT}, "web", queued=True)
            committed = time.monotonic()
            assert service.reconcile() == 0, "younger than the lease: maybe being sent now"
            time.sleep(1.0)
            assert service.attempt_state(lost).status == "queued", "nothing sent it yet"
            while service.reconcile() == 0:
                assert time.monotonic() - committed < lease + 5, "the lease ran out long ago"
                time.sleep(0.1)
            assert time.monotonic() - committed >= lease
            [state] = wait_graded(setup, [lost], 60, logs=tmp_path).values()
            assert service.reconcile() == 0, "graded: nothing more to send"
        assert state.status == "passed" and state.verdict is not None
        assert rows(database)[lost].runs == 1
        assert service.store.progress_of(EXERCISE).status == "done"
    finally:
        service.close()


def test_the_fault_switch_dies_after_commit(tmp_path: Path, redis: RedisServer) -> None:
    """PYASCENT_FAULT=crash_after_commit:N really exits (97) after N sends (in a child)."""
    database = sqlite_url(tmp_path)
    driver = (
        "import sys\n"
        "from tests.integration.queue_procs import open_queued_server, RIGHT\n"
        "from pathlib import Path\n"
        "setup = open_queued_server(Path(sys.argv[1]), sys.argv[2], sys.argv[3])\n"
        "exercise = setup.service.course.exercise('greeting')\n"
        "for _ in range(5):\n"
        "    setup.service.enqueue(exercise, {'greeting.py': RIGHT.encode()}, 'web')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", driver, str(tmp_path), redis.url, database],
        cwd=ROOT,
        env={**os.environ, "PYASCENT_FAULT": "crash_after_commit:2"},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 97, done.stderr.decode()
    stored = rows(database)
    assert len(stored) == 3 and all(r.status == "queued" for r in stored.values())
    assert redis.client().llen("pyascent:grading") == 2, "two sent, the third never"


def test_what_redis_lost_is_graded_after_it_restarts(tmp_path: Path, redis: RedisServer) -> None:
    database = sqlite_url(tmp_path)
    setup = open_queued_server(tmp_path, redis.url, database, queue_lease_seconds=2.0)
    service = setup.service
    exercise = the_exercise(service.course)
    try:
        with cleaned_up() as started:
            sent = [
                service.enqueue(exercise, {"greeting.py": code.encode()}, "web").attempt_id
                for code in (RIGHT, WRONG, RIGHT)
            ]
            redis.kill9()
            # Redis down: saved all the same; the reconciler sends them once it is back.
            unsent = [
                service.enqueue(exercise, {"greeting.py": code.encode()}, "web").attempt_id
                for code in (WRONG, RIGHT)
            ]
            assert service.reconcile() == 0, "no queue to send to"
            redis.restart()
            assert redis.client().llen("pyascent:grading") == 3, "the fsynced AOF replayed"
            redis.client().delete("pyascent:grading")  # and what even it did not keep
            started.append(start_worker(redis.url, database, tmp_path, "worker", slots=2))
            ids = sent + unsent
            states = wait_graded(setup, ids, 60, reconcile_every=0.5, logs=tmp_path)
        statuses = [states[i].status for i in ids]
        assert statuses == ["passed", "failed", "passed", "failed", "passed"]
        assert all(states[i].verdict is not None for i in ids)
        stored = rows(database)
        assert all(stored[i].runs >= 1 and stored[i].verdict for i in ids)
        progress = service.store.progress_of(EXERCISE)
        assert (progress.status, progress.failed_attempts) == ("done", 2), "one verdict each"
    finally:
        service.close()


def test_a_full_queue_answers_busy_with_a_wait(tmp_path: Path, redis: RedisServer) -> None:
    database = sqlite_url(tmp_path)
    setup = open_queued_server(tmp_path, redis.url, database, queue_max_waiting=3)
    service = setup.service
    exercise = the_exercise(service.course)
    try:
        for _ in range(3):
            service.enqueue(exercise, {"greeting.py": RIGHT.encode()}, "web")
        with pytest.raises(GradingBusy) as refused:
            service.enqueue(exercise, {"greeting.py": RIGHT.encode()}, "web")
        assert refused.value.retry_after > 0
        assert "Try again in" in str(refused.value)
        assert len(rows(database)) == 3, "a refused check is not saved"
        sender = service.sender
        assert isinstance(sender, QueueSender)
        with pytest.raises(GradingBusy):
            sender.admit()
        assert redis.client().llen("pyascent:grading") == 3
    finally:
        service.close()


def test_on_postgresql_a_check_is_graded_and_a_killed_worker_replaced(
    tmp_path: Path, redis: RedisServer
) -> None:
    with postgres_cluster() as database:
        (tmp_path / "happy").mkdir()
        (tmp_path / "killed").mkdir()
        graded_by_a_worker(tmp_path / "happy", redis.url, database)
        regraded_after_worker_killed(tmp_path / "killed", redis.url, database)
        stored = rows(database)
        assert [(r.status, r.runs) for r in stored.values()] == [
            ("passed", 1),
            ("failed", 1),
            ("passed", 2),
        ]
