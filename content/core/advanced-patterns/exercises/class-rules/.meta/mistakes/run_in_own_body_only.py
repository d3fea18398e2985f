"""The rules of a command class, enforced two ways: __init_subclass__ and a metaclass."""

import inspect
from typing import Any


def check_command(cls: type) -> None:
    """Refuse a command class without help text or without a run() method."""
    if not (cls.__doc__ or "").strip():
        raise TypeError(f"{cls.__name__} needs a docstring: it is the command's help")
    if not callable(vars(cls).get("run")):
        raise TypeError(f"{cls.__name__} must define run()")


class Command:
    """The base of the commands, checked with __init_subclass__."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_command(cls)


class NoRepeats(dict[str, Any]):
    """A class body's namespace that refuses a second `def` of the same name."""

    def __init__(self, owner: str) -> None:
        super().__init__()
        self.owner = owner

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self and inspect.isfunction(self[key]) and inspect.isfunction(value):
            raise TypeError(f"{self.owner}.{key} is defined twice")
        super().__setitem__(key, value)


class CommandMeta(type):
    """The same rules as a metaclass, plus one only a metaclass can check."""

    @classmethod
    def __prepare__(mcls, name: str, bases: tuple[type, ...], **kwargs: Any) -> NoRepeats:
        return NoRepeats(name)

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> type:
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if any(isinstance(base, CommandMeta) for base in bases):  # the root itself is not a command
            check_command(cls)
        return cls


class MetaCommand(metaclass=CommandMeta):
    """The base of the commands, checked by the metaclass CommandMeta (given)."""
