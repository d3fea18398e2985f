import functools
from collections.abc import Callable


def shout(func: Callable[..., str]) -> Callable[..., str]:
    """Return a new function: it calls func and returns its text in capitals, with "!" added."""

    # wraps copies __name__, __doc__ (and more) from func onto wrapper.
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"

    return wrapper
