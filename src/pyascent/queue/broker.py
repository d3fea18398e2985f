"""dramatiq on Redis, set up as measured in the classroom reference (part A).

At-least-once: a message is acknowledged after its job, and the messages a dead worker held
go back to the queue once its heartbeat is older than `heartbeat_ms`; the sweep that does
this runs on every broker command (`maintenance_chance` one in one), so a dead worker's job
is re-delivered within about a heartbeat. Redis itself should run with `appendonly yes`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker

ACTOR_NAME = "grade_attempt"
REGRADE_ACTOR = "regrade_submission"  # one submission of a regrade batch
QUEUE_NAME = "grading"
NAMESPACE = "pyascent"


class QueueUnavailable(Exception):
    """Redis cannot be reached (or answered garbage); the message says which address."""


@dataclass(frozen=True)
class WorkerBeat:
    worker_id: str
    seconds_ago: float


class GradingQueue:
    """One connection to the grading queue: send attempt ids, or run a worker over them."""

    def __init__(self, url: str, heartbeat_ms: int, time_limit_ms: int) -> None:
        self.url = url
        try:
            self.broker = RedisBroker(  # type: ignore[no-untyped-call]
                url=url,
                namespace=NAMESPACE,
                heartbeat_timeout=heartbeat_ms,
                maintenance_chance=1_000_000,
            )
        except (redis.RedisError, ValueError) as exc:
            raise QueueUnavailable(f"the queue at {url} cannot be used: {exc}") from exc
        self.heartbeat_ms = heartbeat_ms
        self.time_limit_ms = time_limit_ms
        self.actor: Any = None
        self.regrade_actor: Any = None

    def declare(
        self, grade: Callable[[int], None], regrade: Callable[[int, int], None] | None = None
    ) -> None:
        """The jobs: grade the attempt with this id (the message carries nothing else), and
        re-run one submission of a regrade batch (batch id, attempt id)."""
        declare: Any = dramatiq.actor
        options: dict[str, Any] = {
            "broker": self.broker,
            "queue_name": QUEUE_NAME,
            "max_retries": 3,
            "min_backoff": 200,
            "max_backoff": 2_000,
            "time_limit": self.time_limit_ms,
        }
        self.actor = declare(grade, actor_name=ACTOR_NAME, **options)
        self.regrade_actor = declare(regrade or _not_here, actor_name=REGRADE_ACTOR, **options)

    def send(self, attempt_id: int) -> None:
        if self.actor is None:
            self.declare(_not_here)
        try:
            self.actor.send(attempt_id)
        except redis.RedisError as exc:
            raise QueueUnavailable(f"the queue at {self.url} is unreachable: {exc}") from exc

    def send_regrade(self, regrade_id: int, attempt_id: int) -> None:
        if self.regrade_actor is None:
            self.declare(_not_here)
        try:
            self.regrade_actor.send(regrade_id, attempt_id)
        except redis.RedisError as exc:
            raise QueueUnavailable(f"the queue at {self.url} is unreachable: {exc}") from exc

    def ping(self) -> float:
        """Seconds one round trip to Redis takes; QueueUnavailable when it does not answer."""
        started = time.perf_counter()
        try:
            self.broker.client.ping()
        except redis.RedisError as exc:
            raise QueueUnavailable(f"the queue at {self.url} is unreachable: {exc}") from exc
        return time.perf_counter() - started

    def depth(self) -> int:
        """Messages waiting in Redis (not yet taken by a worker)."""
        try:
            return int(self.broker.client.llen(f"{NAMESPACE}:{QUEUE_NAME}"))
        except redis.RedisError as exc:
            raise QueueUnavailable(f"the queue at {self.url} is unreachable: {exc}") from exc

    def workers(self) -> list[WorkerBeat]:
        """Workers seen by their heartbeat, most recent first."""
        try:
            beats: Any = self.broker.client.zrange(
                f"{NAMESPACE}:__heartbeats__", 0, -1, withscores=True
            )
        except redis.RedisError as exc:
            raise QueueUnavailable(f"the queue at {self.url} is unreachable: {exc}") from exc
        now_ms = time.time() * 1000
        seen = [
            WorkerBeat(
                name.decode() if isinstance(name, bytes) else str(name),
                max(0.0, (now_ms - float(score)) / 1000),
            )
            for name, score in beats
        ]
        return sorted(seen, key=lambda beat: beat.seconds_ago)

    def run_worker(self, threads: int) -> dramatiq.Worker:
        """Start consuming (threads: checks at once); the caller stops it."""
        worker = dramatiq.Worker(self.broker, queues={QUEUE_NAME}, worker_threads=threads)
        worker.start()
        return worker

    def close(self) -> None:
        self.broker.close()


def _not_here(*_ids: int) -> None:  # pragma: no cover - a sender never consumes
    raise RuntimeError("this process only sends grading jobs")
