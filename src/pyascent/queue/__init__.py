"""The grading queue on Redis (dramatiq): it only wakes workers up; the database holds the
truth (store/grading_queue.py)."""

from pyascent.queue.broker import (
    ACTOR_NAME,
    QUEUE_NAME,
    GradingQueue,
    QueueUnavailable,
    WorkerBeat,
)

__all__ = ["ACTOR_NAME", "QUEUE_NAME", "GradingQueue", "QueueUnavailable", "WorkerBeat"]
