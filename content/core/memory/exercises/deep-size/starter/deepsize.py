"""How big is it really? sys.getsizeof is shallow; follow the containers, count each object once."""

import sys
from collections.abc import Callable


def deep_size(obj: object, sizeof: Callable[[object], int] = sys.getsizeof) -> int:
    """The size of obj and of everything it contains, each object counted once."""
    return sizeof(obj)  # shallow: only obj itself. Follow what it contains.


def shared_size(a: object, b: object, sizeof: Callable[[object], int] = sys.getsizeof) -> int:
    """The size of the objects that a and b both contain (or are), each counted once."""
    raise NotImplementedError("shared_size is not written yet")
