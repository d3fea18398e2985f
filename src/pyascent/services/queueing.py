"""Grading through a queue, for a class on several machines.

The server commits an attempt as `queued`, then sends its id; `pyascent worker` processes
anywhere take ids from Redis, grade them in their own sandboxed pool and store the verdict,
first writer wins. A reconciler in the server sends again whatever has no verdict once its
lease ran out. So a worker, the server or Redis may die at any moment and every check still
ends with exactly one verdict (store/grading_queue.py, queue/broker.py).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from pyascent.course import Course, Exercise
from pyascent.grader import GraderBusy, GraderError, WorkerPool
from pyascent.queue import GradingQueue, QueueUnavailable, WorkerBeat
from pyascent.services.errors import GradingBusy, ServiceError, StorageError
from pyascent.services.grading import grade_exercise, server_grader
from pyascent.services.paths import database_url
from pyascent.services.review import Reviews
from pyascent.services.settings import Settings
from pyascent.store import (
    NOT_GRADED,
    GradingQueueStore,
    NotFound,
    ProgressStore,
    QueueCounts,
    RegradeStore,
    StoreError,
)

# A check's longest run: the sandbox's own wall limit is 10 s by default; an exercise may
# raise it, and a worker may wait for a free slot. Past this a `running` attempt is re-sent.
RUN_LEASE_SECONDS = 120.0
NO_EXERCISE = "not graded: the exercise is not in this worker's course"
logger = logging.getLogger(__name__)
FAULT_ENV = "PYASCENT_FAULT"  # crash_after_commit:N - die between saving and sending (tests)


class QueueError(ServiceError):
    """The queue cannot be used: the message names the address and what went wrong."""


@dataclass(frozen=True)
class QueuedCheck:
    attempt_id: int
    position: int  # checks ahead of it


def open_queue(settings: Settings, time_limit_ms: int = 60_000) -> GradingQueue:
    if not settings.queue:
        raise QueueError("No queue is set: give --queue redis://HOST:PORT/DB.")
    try:
        queue = GradingQueue(settings.queue, settings.queue_heartbeat_ms, time_limit_ms)
        queue.ping()
    except QueueUnavailable as exc:
        raise QueueError(f"{str(exc).rstrip('.')}. Is redis-server running there?") from exc
    return queue


def _store(url: str) -> GradingQueueStore:
    try:
        return GradingQueueStore(url)
    except StoreError as exc:
        raise StorageError(str(exc)) from exc


class QueueSender:
    """The server's end: send saved attempts, refuse when the queue is full, re-send."""

    def __init__(self, settings: Settings, database_url: str) -> None:
        self.settings = settings
        self.queue = open_queue(settings)
        self.store = _store(database_url)
        self._sent = 0
        self._crash_after = _fault_after_commit()

    def admit(self) -> None:
        """Raise GradingBusy (with a real estimate) when the queue holds too many checks."""
        counts = self.store.counts()
        waiting = counts.queued + counts.running
        if waiting >= self.settings.queue_max_waiting:
            rate = max(counts.graded_last_minute / 60.0, 0.5)
            raise GradingBusy((waiting - self.settings.queue_max_waiting + 1) / rate + 1)

    def send(self, attempt_id: int) -> QueuedCheck:
        """Hand a committed attempt to the queue. If Redis is down the attempt stays
        queued: the reconciler sends it when Redis is back, so the learner loses nothing."""
        self._sent += 1
        if self._crash_after is not None and self._sent > self._crash_after:
            os._exit(97)  # the fault the tests inject: committed, never sent
        try:
            self.queue.send(attempt_id)
            self.store.mark_sent([attempt_id])
        except QueueUnavailable:
            pass
        return QueuedCheck(attempt_id, self.store.position(attempt_id) or 0)

    def reconcile(self) -> int:
        """Send again what has no verdict once its lease ran out; how many were sent."""
        due = self.store.due(self.settings.queue_lease_seconds, RUN_LEASE_SECONDS)
        sent = []
        for attempt_id in due:
            try:
                self.queue.send(attempt_id)
            except QueueUnavailable:
                break
            sent.append(attempt_id)
        self.store.mark_sent(sent)
        return len(sent)

    def send_regrade(self, regrade_id: int, attempt_ids: list[int]) -> int:
        """Hand a regrade batch's submissions to the workers; how many were sent (the rest
        are sent again when the batch is next looked at, regrading.py)."""
        sent = 0
        for attempt_id in attempt_ids:
            try:
                self.queue.send_regrade(regrade_id, attempt_id)
            except QueueUnavailable:
                break
            sent += 1
        return sent

    def position(self, attempt_id: int) -> int | None:
        return self.store.position(attempt_id)

    def counts(self) -> QueueCounts:
        return self.store.counts()

    def close(self) -> None:
        self.queue.close()
        self.store.close()


def _fault_after_commit() -> int | None:
    value = os.environ.get(FAULT_ENV, "")
    if value.startswith("crash_after_commit:"):
        return int(value.split(":", 1)[1])
    return None


class GradingWorker:
    """`pyascent worker`: takes attempt ids from the queue and grades them here."""

    def __init__(self, settings: Settings, course: Course, database_url: str, slots: int) -> None:
        self.settings = settings
        self.course = course
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self.store = _store(database_url)
        self.pool: WorkerPool = server_grader(course, settings, workers=slots)
        self.queue = open_queue(settings)
        self.queue.declare(self.grade, self.regrade)
        self.regrades = RegradeStore(database_url, self.store.engine, course.id)
        self.slots = slots
        self.graded = 0
        self.duplicates = 0

    def grade(self, attempt_id: int) -> None:
        """The queue's job. Raises (so the queue retries) only for faults of the machine."""
        claimed = self.store.claim(int(attempt_id), self.name)
        if claimed is None:
            self.duplicates += 1
            return  # graded already (a re-delivery): nothing to do
        exercise = self._exercise(claimed.course_id, claimed.exercise_id)
        if exercise is None:
            self.store.give_up(claimed.id, NOT_GRADED, NO_EXERCISE)
            return
        files = {name: text.encode("utf-8") for name, text in claimed.files.items()}
        while True:
            try:
                verdict = grade_exercise(self.pool, exercise, files)
                break
            except GraderBusy as exc:  # every slot taken: wait, the queue holds the rest
                time.sleep(min(exc.retry_after, 1.0))
            except GraderError:
                raise  # the queue retries it, on this worker or another
        if self.store.finish(claimed.id, verdict.status, verdict.to_json(), verdict.duration_ms):
            self.graded += 1
            if verdict.passed:
                self._after_pass(claimed.learner, exercise)

    def regrade(self, regrade_id: int, attempt_id: int) -> None:
        """One submission of a regrade batch, against the course's current tests; the
        verdict waits in the batch until an instructor applies it (regrading.py)."""
        try:
            batch = self.regrades.get(int(regrade_id))
            files = self.regrades.attempt_files(int(attempt_id))
        except NotFound:
            return  # the batch (or the submission) was removed meanwhile
        exercise = self._exercise(self.course.id, batch.exercise_id)
        if exercise is None:
            self.regrades.set_state(
                batch.id, "failed", error=f"{NO_EXERCISE} ({batch.exercise_id})"
            )
            return
        data = {name: text.encode("utf-8") for name, text in files.items()}
        while True:
            try:
                verdict = grade_exercise(self.pool, exercise, data)
                break
            except GraderBusy as exc:
                time.sleep(min(exc.retry_after, 1.0))
        self.regrades.record_verdict(batch.id, int(attempt_id), verdict.status, verdict.to_json())

    def _after_pass(self, learner: str, exercise: Exercise) -> None:
        """A pass here counts for practice as one graded by the server does (review.py):
        only the worker whose verdict was stored gets here, so it happens once per check."""
        try:
            store = ProgressStore(self.store.url, self.course.id, learner, engine=self.store.engine)
            Reviews(self.course, store, self.settings).after_pass(exercise)
        except StoreError as exc:  # the verdict is saved; only the practice card is lost
            logger.warning("practice card of %s for %s not saved: %s", learner, exercise.id, exc)

    def _exercise(self, course_id: str, exercise_id: str) -> Exercise | None:
        if course_id != self.course.id:
            return None
        try:
            return self.course.exercise(exercise_id)
        except KeyError:
            return None

    def run(self, stop: threading.Event) -> None:
        """Consume until `stop` is set (SIGINT/SIGTERM in the CLI)."""
        worker = self.queue.run_worker(self.slots)
        try:
            while not stop.wait(0.5):
                pass
        finally:
            worker.stop(timeout=int(RUN_LEASE_SECONDS * 1000))
            self.close()

    def close(self) -> None:
        self.pool.close()
        self.queue.close()
        self.store.close()


def queue_report(settings: Settings) -> dict[str, Any]:
    """What `pyascent doctor` says of the queue: reachable, depth, workers by heartbeat,
    and from the database what waits, what runs and how many checks ran twice."""
    url = database_url(settings)
    if not settings.queue:
        return {"queue": "none (the server grades checks itself)"}
    report: dict[str, Any] = {"queue": settings.queue}
    try:
        queue = GradingQueue(settings.queue, settings.queue_heartbeat_ms, 60_000)
        report["round_trip_ms"] = round(queue.ping() * 1000, 2)
        report["waiting_in_redis"] = queue.depth()
        beats: list[WorkerBeat] = queue.workers()
        alive = settings.queue_heartbeat_ms / 1000
        report["processes_seen"] = [
            f"{beat.worker_id} ({beat.seconds_ago:.1f} s ago)"
            for beat in beats
            if beat.seconds_ago <= alive
        ]
        queue.close()
    except QueueUnavailable as exc:
        report["error"] = str(exc)
    if url:
        try:
            store = GradingQueueStore(url)
            counts = store.counts()
            store.close()
            report.update(
                queued=counts.queued,
                running=counts.running,
                graded_last_minute=counts.graded_last_minute,
                duplicate_runs=counts.runs_beyond_first,
            )
        except StoreError as exc:
            report["database_error"] = str(exc)
    return report
