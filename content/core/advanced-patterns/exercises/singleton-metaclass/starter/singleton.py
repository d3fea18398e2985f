"""A metaclass whose classes have at most one instance each, made safely under threads."""

import threading
from typing import Any


class Singleton(type):
    """The metaclass of classes with one instance: `class Config(metaclass=Singleton)`."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        # For now every call makes a new instance, like any class: type.__call__ does that.
        return super().__call__(*args, **kwargs)

    def reset(cls) -> None:
        """Forget cls's instance (handy in tests): the next call makes a new one."""
        raise NotImplementedError("reset is not written yet")
