"""How big is it really? sys.getsizeof is shallow; follow the containers, count each object once."""

import sys
from collections.abc import Callable

CONTAINERS = (list, tuple, set, frozenset)


def reachable(obj: object) -> dict[int, object]:
    """obj and every object inside it (through lists, tuples, sets, frozensets and dicts), by id."""
    found: dict[int, object] = {}
    counted: list[object] = []
    pending = [obj]
    while pending:
        item = pending.pop()
        if item in counted:
            continue
        counted.append(item)
        found[id(item)] = item
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, CONTAINERS):
            pending.extend(item)
    return found


def deep_size(obj: object, sizeof: Callable[[object], int] = sys.getsizeof) -> int:
    """The size of obj and of everything it contains, each object counted once."""
    return sum(sizeof(item) for item in reachable(obj).values())


def shared_size(a: object, b: object, sizeof: Callable[[object], int] = sys.getsizeof) -> int:
    """The size of the objects that a and b both contain (or are), each counted once."""
    in_b = reachable(b)
    return sum(sizeof(item) for key, item in reachable(a).items() if key in in_b)
