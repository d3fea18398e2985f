import functools


def shout(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args).upper()

    return wrapper


@shout
def greet(name):
    return f"hello {name}"


print(greet("ada"))
