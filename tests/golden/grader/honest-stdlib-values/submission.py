"""Standard-library values, returned to the tests and received from them."""

import collections
import datetime
import decimal
import enum
import fractions
import http

Point = collections.namedtuple("Point", "x y")


class Colour(enum.Enum):
    RED = 1
    GREEN = 2


def add_gigasecond(moment):
    return moment + datetime.timedelta(seconds=10**9)


def meetup(year, month):
    return datetime.date(year, month, 1)


def day_length(start, end):
    return end - start


def letter_counts(word):
    return collections.Counter(word)


def grouped(words):
    groups = collections.defaultdict(list)
    for word in words:
        groups[word[0]].append(word)
    return groups


def ordered(pairs):
    return collections.OrderedDict(pairs)


def window(items, size):
    return collections.deque(items, maxlen=size)


def midpoint(a, b):
    return Point((a.x + b.x) / 2, (a.y + b.y) / 2)


def money(text):
    return decimal.Decimal(text) * 2


def half(value):
    return value / 2


def evens(limit):
    return range(0, limit, 2)


def status(code):
    return http.HTTPStatus(code)


def favourite():
    return Colour.GREEN


def describe(value):
    return type(value).__name__


def add(a, b):
    return a + b
