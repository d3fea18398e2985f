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
    return [channel.name for channel in channels if channel.send(text)]
