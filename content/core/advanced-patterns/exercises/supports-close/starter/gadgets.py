"""Things from other people's code (given: do not change this file). None of them has ever
heard of SupportsClose."""


class Log:
    """Where the gadgets write down what happens to them."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, line: str) -> None:
        self.lines.append(line)


class Door:
    def __init__(self, name: str, log: Log) -> None:
        self.name = name
        self.log = log

    def close(self) -> None:
        self.log.write(f"closed {self.name}")


class StuckDoor(Door):
    def close(self) -> None:
        self.log.write(f"tried {self.name}")
        raise OSError(f"{self.name} is stuck")


class Valve:
    """Its close needs an argument: a runtime check cannot see that."""

    def close(self, force: bool) -> None:
        pass


class Label:
    close = "Friday"  # an attribute called close, not a method


class Blocked:
    close = None  # None means "not supported"


class Notebook:
    """Pages to write on, and nothing to close."""
