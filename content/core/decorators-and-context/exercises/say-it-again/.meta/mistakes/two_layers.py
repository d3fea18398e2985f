import functools


def repeat(func, times=1):
    if times < 1:
        raise ValueError(f"times must be at least 1, not {times}")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return [func(*args, **kwargs) for _ in range(times)]

    return wrapper


def cheer(team):
    """Return a cheer for team. (A function to try repeat on: leave it as it is.)"""
    return f"Go, {team}!"
