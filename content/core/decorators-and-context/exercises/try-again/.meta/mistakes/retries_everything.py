import functools
import time


def retry(*, attempts=3, exceptions=(Exception,), delay=0.0, sleep=time.sleep):
    """Return a decorator that calls the function again, after a growing wait, when it fails."""
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, not {attempts}")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay  # set at each call: every call starts again
            for _ in range(attempts - 1):
                try:
                    return func(*args, **kwargs)
                except Exception:
                    sleep(wait)
                    wait *= 2
            # The last try is outside any try block: its error goes to the caller.
            return func(*args, **kwargs)

        return wrapper

    return decorator
