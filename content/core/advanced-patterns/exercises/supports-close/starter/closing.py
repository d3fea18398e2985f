"""Close anything that can be closed: a runtime-checkable protocol."""

from collections.abc import Iterable
from typing import Protocol, runtime_checkable


class SupportsClose(Protocol):
    """Anything with a close() method."""

    # Declare the method close(self) -> None, and make the protocol checkable at run time.


def can_close(thing: object) -> bool:
    """True when thing fits SupportsClose and its close is really callable."""
    raise NotImplementedError("can_close is not written yet")


def close_all(things: Iterable[object]) -> int:
    """Close every thing, the last one first, and return how many were closed."""
    raise NotImplementedError("close_all is not written yet")
