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
        self.queue.append({"id": message_id, "task": task, "payload": payload, "attempts": 0, "due": 0.0})

    def take(self, now: float) -> Message | None:
        """The first message that is due at now, moved to in_flight; None when none is due."""
        if self.queue and self.queue[0]["due"] <= now:
            message = self.queue.pop(0)
            self.in_flight[message["id"]] = message
            return message
        return None

    def ack(self, message_id: str) -> None:
        """The message was handled: forget it."""
        del self.in_flight[message_id]

    def retry(self, message_id: str, due: float) -> None:
        """Put a message that failed back at the end of the queue, due again at due."""
        message = self.in_flight.pop(message_id)
        message["due"] = due
        self.queue.append(message)

    def dead_letter(self, message_id: str, error: str) -> None:
        """Give up on a message: keep it, with why, for a person to look at."""
        message = self.in_flight.pop(message_id)
        message["error"] = error
        self.dead_letters.append(message)

    def recover(self) -> int:
        """Put every message taken but never acked (its worker died) back in the queue."""
        count = len(self.in_flight)
        self.queue.extend(self.in_flight.values())
        self.in_flight.clear()
        return count


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
        message = self.broker.take(self.clock())
        if message is None:
            return False
        if message["id"] in self.done:
            self.broker.ack(message["id"])
            return True
        handler = self.handlers.get(message["task"])
        if handler is None:
            self.broker.dead_letter(message["id"], f"unknown task {message['task']!r}")
            return True
        try:
            handler(message["payload"])
        except Exception as error:
            message["attempts"] += 1
            if message["attempts"] >= self.max_attempts:
                self.broker.dead_letter(message["id"], f"{type(error).__name__}: {error}")
            else:
                delay = self.base_delay * 2 ** (message["attempts"] - 1)
                self.broker.retry(message["id"], self.clock() + delay)
            return True
        self.done.add(message["id"])
        self.broker.ack(message["id"])
        return True

    def run(self) -> int:
        """Handle messages until none is due; return how many were handled."""
        handled = 0
        while self.run_once():
            handled += 1
        return handled
