"""Close anything that can be closed: a runtime-checkable protocol."""

from collections.abc import Iterable
from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    """Anything with a close() method."""

    def close(self) -> None: ...


def can_close(thing: object) -> bool:
    """True when thing fits SupportsClose and its close is really callable."""
    return isinstance(thing, SupportsClose) and callable(thing.close)


def close_all(things: Iterable[object]) -> int:
    """Close every thing, the last one first, and return how many were closed."""
    items = list(things)
    for position, thing in enumerate(items):  # check them all before closing any
        if not isinstance(thing, SupportsClose):
            raise TypeError(f"item {position} is a {type(thing).__name__}: it has no close()")
        if not callable(thing.close):
            raise TypeError(f"item {position} is a {type(thing).__name__}: its close is not callable")
    first_error: Exception | None = None
    for thing in reversed(items):  # last opened, first closed
        thing.close()
    if first_error is not None:
        raise first_error
    return len(items)
