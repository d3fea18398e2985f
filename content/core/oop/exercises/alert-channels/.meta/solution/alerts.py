from collections.abc import Iterable
from typing import Protocol


class Channel(Protocol):
    """What every channel has: a name, and a send(text) method that returns True or False."""

    name: str

    def send(self, text: str) -> bool:
        """Send text; return True when it went out."""
        ...


class ConsoleChannel:
    """Prints alerts on the screen."""

    name = "console"

    def send(self, text: str) -> bool:
        print(f"[console] {text}")
        return True


class LogChannel:
    """Keeps up to limit alerts in the list lines."""

    name = "log"

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lines: list[str] = []

    def send(self, text: str) -> bool:
        if len(self.lines) >= self.limit:
            return False
        self.lines.append(text)
        return True


def alert_all(channels: Iterable[Channel], text: str) -> list[str]:
    """Send text on every channel; return the names of those that failed."""
    # Any object with a name and a send method will do: no isinstance checks.
    return [channel.name for channel in channels if not channel.send(text)]
