"""Who holds a reference to an object? Two small tools built on sys.getrefcount and gc."""

import gc
import sys
from collections.abc import Callable
from typing import Any


def references_added(obj: object, action: Callable[[object], Any]) -> int:
    """How many more references obj has while the result of action(obj) is kept."""
    before = sys.getrefcount(obj)
    action(obj)
    after = sys.getrefcount(obj)
    return after - before


def direct_holders(obj: object, candidates: dict[str, object]) -> list[str]:
    """The names of the candidates that refer to obj itself directly, sorted."""
    return sorted(
        name
        for name, value in candidates.items()
        if any(referent is obj for referent in gc.get_referents(value))
    )
