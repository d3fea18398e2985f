"""The rules of a command class, enforced two ways: __init_subclass__ and a metaclass."""

import inspect
from typing import Any


def check_command(cls: type) -> None:
    """Refuse a command class without help text or without a run() method."""
    raise NotImplementedError("check_command is not written yet")


class Command:
    """The base of the commands, checked with __init_subclass__."""

    # Write __init_subclass__.


class NoRepeats(dict[str, Any]):
    """A class body's namespace that refuses a second `def` of the same name."""

    def __init__(self, owner: str) -> None:
        super().__init__()
        self.owner = owner

    # Write __setitem__.


class CommandMeta(type):
    """The same rules as a metaclass, plus one only a metaclass can check."""

    # Write __prepare__ (a class method) and __new__.


class MetaCommand(metaclass=CommandMeta):
    """The base of the commands, checked by the metaclass CommandMeta (given)."""
