"""A regrade on a class's queue: the batch's submissions go to `pyascent worker` processes
(real Redis, a real worker, the real sandbox), never to the server's own grader; a batch sent
while no worker runs waits, and is graded once one starts."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyascent.services.class_server import ClassServer
from pyascent.services.classroom import Classroom
from pyascent.services.regrading import Regrading
from pyascent.store import ProgressStore
from tests.integration.classroom_setup import make_account
from tests.integration.queue_procs import (
    RIGHT,
    WRONG,
    cleaned_up,
    open_queued_server,
    start_worker,
    wait_workers_ready,
)
from tests.integration.redis_server import RedisServer, redis_server


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


def test_a_regrade_runs_on_the_queues_workers(tmp_path: Path, redis: RedisServer) -> None:
    database = f"sqlite:///{tmp_path / 'progress.db'}"
    setup = open_queued_server(tmp_path, redis.url, database)
    server = ClassServer(setup.service)
    try:
        owner = make_account(server, "olga", can_teach=True)
        teacher = Classroom(server, owner)
        cohort = teacher.create_cohort("CS1")
        stored = {}
        for name, code in (("ann", RIGHT), ("ben", WRONG), ("cat", WRONG)):
            account = make_account(server, name)
            teacher.add_account(cohort.id, name)
            store = ProgressStore(database, server.course.id, account.learner_name,
                                  engine=server.base.store.engine)  # fmt: skip
            number = store.start_attempt("greeting", {"greeting.py": code}, "web")
            # every one stored as passed: the old test let wrong greetings through
            store.finish_attempt(number, "passed", {"status": "passed", "tests": []}, 1)
            stored[name] = number
        regrading = Regrading(teacher)
        batch = regrading.start(cohort.id, "greeting")
        time.sleep(2)  # no worker yet: nothing grades it (not the server, not a thread)
        assert regrading.get(batch.id).done == 0
        with cleaned_up() as started:
            started.append(start_worker(redis.url, database, tmp_path, "worker"))
            wait_workers_ready(redis.url, 1, 90, tmp_path)
            deadline = time.monotonic() + 90
            while (found := regrading.get(batch.id)).state != "graded":
                assert time.monotonic() < deadline, found
                time.sleep(0.2)
        diff = regrading.diff(batch.id)
        assert found.done == found.total == 3
        assert sorted((a.username, a.new_status) for a in diff.attempts) == [
            ("ben", "failed"),
            ("cat", "failed"),
        ]
        regrading.apply(batch.id)
    finally:
        server.close()
        setup.service.close()
