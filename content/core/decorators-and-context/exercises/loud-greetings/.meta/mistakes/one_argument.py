import functools


def shout(func):
    @functools.wraps(func)
    def wrapper(name):
        return func(name).upper() + "!"

    return wrapper
