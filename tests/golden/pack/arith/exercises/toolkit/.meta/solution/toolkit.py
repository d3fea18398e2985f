import asyncio
import contextlib
import functools
import json
from collections import Counter


class EmptyCart(ValueError):
    """Raised when a cart has nothing in it."""


class Cart:
    def __init__(self, owner):
        self.owner = owner
        self.items = []

    def add(self, item, price):
        self.items.append((item, price))
        return self

    def total(self):
        if not self.items:
            raise EmptyCart(f"{self.owner}'s cart is empty")
        return round(sum(price for _, price in self.items), 2)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Cart({self.owner!r}, {len(self.items)} items)"


def shout(text):
    print(text.upper() + "!")
    return len(text)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def logged(function):
    @functools.wraps(function)
    def wrapper(*args):
        print(f"calling {function.__name__}{args}")
        return function(*args)

    return wrapper


@logged
def area(width, height):
    return width * height


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


async def fetch_all(delays):
    async def one(delay):
        await asyncio.sleep(delay / 1000)
        return delay

    return await asyncio.gather(*(one(d) for d in delays))


def most_common_word(text):
    return Counter(text.lower().split()).most_common(1)[0][0]


def to_json(record):
    return json.dumps(record, sort_keys=True)


def apply_twice(function, value):
    return function(function(value))


def busy(n):
    total = 0
    for i in range(n):
        total += i
    return total
