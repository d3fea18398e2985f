from typing import Protocol


class Channel(Protocol):
    """What every channel has: a name, and a send(text) method that returns True or False."""

    # Write the attribute and the method here (a protocol method's body is just ...).


class ConsoleChannel:
    """Prints alerts on the screen."""


class LogChannel:
    """Keeps up to limit alerts in the list lines."""

    def __init__(self, limit):
        pass


def alert_all(channels, text):
    """Send text on every channel; return the names of those that failed."""
    raise NotImplementedError
