"""A metaclass whose classes have at most one instance each, made safely under threads."""

import threading
from typing import Any


class Singleton(type):
    """The metaclass of classes with one instance: `class Config(metaclass=Singleton)`."""

    _instances: dict[type, Any] = {}  # class -> its one instance
    # Re-entrant: an __init__ that makes another singleton takes the lock again in the same thread.
    _lock = threading.RLock()

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        with Singleton._lock:
            if not Singleton._instances:
                Singleton._instances["only"] = super().__call__(*args, **kwargs)
            return Singleton._instances["only"]

    def reset(cls) -> None:
        """Forget cls's instance (handy in tests): the next call makes a new one."""
        with Singleton._lock:
            Singleton._instances.pop(cls, None)
