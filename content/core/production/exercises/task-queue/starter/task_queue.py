"""A task queue in one process: a broker of messages and a worker that acks, retries and gives up."""

from collections.abc import Callable
from typing import Any

Message = dict[str, Any]


class Broker:
    """Stands for Redis or RabbitMQ: messages wait in the queue, are taken, then acked."""

    def __init__(self) -> None:
        self.queue: list[Message] = []
        self.in_flight: dict[str, Message] = {}
        self.dead_letters: list[Message] = []

    def enqueue(self, task: str, payload: dict[str, Any], message_id: str) -> None:
        """Add a message at the end of the queue, due at once."""
        raise NotImplementedError

    def take(self, now: float) -> Message | None:
        """The first message that is due at now, moved to in_flight; None when none is due."""
        raise NotImplementedError

    def ack(self, message_id: str) -> None:
        """The message was handled: forget it."""
        raise NotImplementedError

    def retry(self, message_id: str, due: float) -> None:
        """Put a message that failed back at the end of the queue, due again at due."""
        raise NotImplementedError

    def dead_letter(self, message_id: str, error: str) -> None:
        """Give up on a message: keep it, with why, for a person to look at."""
        raise NotImplementedError

    def recover(self) -> int:
        """Put every message taken but never acked (its worker died) back in the queue."""
        raise NotImplementedError


class Worker:
    """Takes due messages from a broker and runs the handler of each message's task."""

    def __init__(
        self,
        broker: Broker,
        handlers: dict[str, Callable[[dict[str, Any]], object]],
        clock: Callable[[], float],
        max_attempts: int = 3,
        base_delay: float = 1.0,
    ) -> None:
        self.broker = broker
        self.handlers = handlers
        self.clock = clock
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.done: set[str] = set()

    def run_once(self) -> bool:
        """Handle one due message; False when no message is due."""
        raise NotImplementedError

    def run(self) -> int:
        """Handle messages until none is due; return how many were handled."""
        raise NotImplementedError
