import functools


def repeat(times):
    """Return a decorator: the decorated function runs times times and returns the list of results."""
    # Replace this line with your code.
    raise NotImplementedError("write repeat")


def cheer(team):
    """Return a cheer for team. (A function to try repeat on: leave it as it is.)"""
    return f"Go, {team}!"
