import functools
import time


def retry(*, attempts=3, exceptions=(Exception,), delay=0.0, sleep=time.sleep):
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, not {attempts}")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for _ in range(attempts - 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    time.sleep(wait)
                    wait *= 2
            return func(*args, **kwargs)

        return wrapper

    return decorator
