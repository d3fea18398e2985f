import functools


def repeat(times):
    """Return a decorator: the decorated function runs times times and returns the list of results."""
    # Checked here, on the @repeat(...) line, not later at a call.
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if times < 1:
                raise ValueError(f"times must be at least 1, not {times}")
            return [func(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorator


def cheer(team):
    """Return a cheer for team. (A function to try repeat on: leave it as it is.)"""
    return f"Go, {team}!"
