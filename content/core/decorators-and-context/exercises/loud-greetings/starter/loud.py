import functools


def shout(func):
    """Return a new function: it calls func and returns its text in capitals, with "!" added."""
    # Replace this line with your code.
    raise NotImplementedError("write shout")
