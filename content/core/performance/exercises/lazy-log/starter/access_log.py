"""A pretend web server's access log, made line by line: as long as you like, never all in memory.

Do not change this file: the checks use their own copy.

    >>> log = lines(3)
    >>> next(log)
    '00:00:00 GET /help 200 220ms'
"""

import tracemalloc

PATHS = ["/", "/cart", "/search", "/api/items", "/login", "/api/prices", "/help"]
STATUSES = [200, 200, 200, 200, 200, 200, 304, 404, 500]


def lines(count=None, seed=1):
    """`count` log lines ("HH:MM:SS METHOD PATH STATUS TIMEms"), one at a time; None: never ends."""
    state = seed
    number = 0
    while count is None or number < count:
        state = (state * 1103515245 + 12345) % 2147483648
        took = 5 + (state >> 12) % 400
        if state % 89 == 0:
            took += 1500  # now and then a request is very slow
        path = PATHS[(state >> 4) % len(PATHS)]
        status = STATUSES[(state >> 8) % len(STATUSES)]
        clock = f"{number // 3600 % 24:02d}:{number // 60 % 60:02d}:{number % 60:02d}"
        yield f"{clock} GET {path} {status} {took}ms"
        number += 1


class Budget:
    """An iterator over `lines` that counts what was read, and refuses to give more than `limit`."""

    def __init__(self, lines, limit):
        self.lines = iter(lines)
        self.limit = limit
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.read >= self.limit:
            raise RuntimeError(
                f"the pipeline read more than {self.limit} lines of a log that never ends: "
                "it must not read everything first (no list(), no list comprehension, no "
                "sorted() on the whole input)"
            )
        line = next(self.lines)
        self.read += 1
        return line


def peak_memory(func, *args):
    """(func(*args), the most memory in bytes that Python allocated at one time during the call)."""
    tracemalloc.start()
    try:
        result = func(*args)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak
