import functools


def log_calls(func):
    """Return a new function that prints each call of func and what it returned or raised."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        shown = [repr(arg) for arg in args]
        shown += [f"{key}={value!r}" for key, value in kwargs.items()]
        # Before the call: the arguments as they were when func got them.
        print(f"calling {func.__name__}({', '.join(shown)})")
        try:
            result = func(*args, **kwargs)
        except Exception as error:
            print(f"{func.__name__} raised {type(error).__name__}")
            raise  # the same error, on to the caller
        print(f"{func.__name__} returned {result!r}")
        return result

    return wrapper


# Four small functions to try log_calls on. Leave them as they are.


def add(a, b):
    """Return a + b."""
    return a + b


def greet(name, punctuation="!"):
    """Return a greeting for name."""
    return f"Hello, {name}{punctuation}"


def divide(total, parts):
    """Return total divided by parts."""
    return total / parts


def add_to_cart(cart, item):
    """Put item in the cart (a list) and return how many items it holds."""
    cart.append(item)
    return len(cart)
