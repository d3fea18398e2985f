from typing import Protocol


class Channel(Protocol):
    name: str

    def send(self, text: str) -> bool:
        ...


class ConsoleChannel:
    name = "console"

    def send(self, text):
        print(f"[console] {text}")
        return True


class LogChannel:
    name = "log"

    def __init__(self, limit):
        self.limit = limit
        self.lines = []

    def send(self, text):
        if len(self.lines) >= self.limit:
            return False
        self.lines.append(text)
        return True


def alert_all(channels, text):
    failed = []
    for channel in channels:
        if isinstance(channel, (ConsoleChannel, LogChannel)):
            if not channel.send(text):
                failed.append(channel.name)
    return failed
