import functools
import logging


def log_calls(logger, level=logging.DEBUG):
    """Return a decorator that logs every call of a function, and its result, on logger."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            # %-style arguments: the text is only built if the record is really shown.
            logger.log(level, "%s called with args=%r kwargs=%r", func.__name__, args, kwargs)
            try:
                result = func(*args, **kwargs)
            except Exception as error:
                # A failure is worth more than a debug line: always ERROR.
                logger.error("%s raised %s: %s", func.__name__, type(error).__name__, error)
                raise
            logger.debug("%s returned %r", func.__name__, result)
            return result

        return wrapper

    return decorate


# Three small functions to try log_calls on. Leave them as they are.


def apply_discount(price, percent):
    """Return price with percent taken off, rounded to cents."""
    return round(price * (100 - percent) / 100, 2)


def parse_quantity(text):
    """Return the whole number written in text, such as "3"."""
    return int(text)


def add_to_order(order, item, quantity=1):
    """Add quantity of item to order (a list of (item, quantity) pairs); return its length."""
    order.append((item, quantity))
    return len(order)
