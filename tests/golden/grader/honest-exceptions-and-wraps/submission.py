"""Decorators and context managers used by the tests: wraps, retries, __exit__."""

import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def retry(attempts, exceptions):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(attempts):
                try:
                    return func(*args)
                except exceptions:
                    if attempt == attempts - 1:
                        raise
            return None

        return wrapper

    return decorate


class Setting:
    """Sets a value for the block and puts the old one back, whatever happens."""

    def __init__(self, store, key, value, swallow=()):
        self.store, self.key, self.value, self.swallow = store, key, value, swallow
        self.seen = None

    def __enter__(self):
        self.old = self.store[self.key]
        self.store[self.key] = self.value
        return self

    def __exit__(self, kind, error, tb):
        self.store[self.key] = self.old
        self.seen = None if kind is None else kind.__name__
        return kind is not None and issubclass(kind, self.swallow)


class Store:
    def __init__(self):
        self.values = {"mode": "normal"}

    def __getitem__(self, key):
        return self.values[key]

    def __setitem__(self, key, value):
        self.values[key] = value


def describe_error(action):
    """What a callback's error says: its arguments, as the learner's code sees them."""
    try:
        action()
    except KeyError as error:
        return error.args
    return None
