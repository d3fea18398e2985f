# HIDDEN-TEST-CANARY: this text must never reach a learner.
import collections
import datetime
import decimal
import fractions
import http

from adder import (
    Colour,
    Point,
    add_gigasecond,
    day_length,
    describe,
    evens,
    favourite,
    grouped,
    half,
    letter_counts,
    meetup,
    midpoint,
    money,
    ordered,
    status,
    window,
)


def test_dates_and_times_both_ways():
    moment = datetime.datetime(2011, 4, 25, 0, 0, 0)
    assert add_gigasecond(moment) == datetime.datetime(2043, 1, 1, 1, 46, 40)
    assert type(add_gigasecond(moment)) is datetime.datetime
    assert meetup(2013, 5) == datetime.date(2013, 5, 1)
    start, end = datetime.time(9, 0), datetime.time(17, 30)
    assert describe(start) == "time"
    span = day_length(datetime.date(2020, 1, 1), datetime.date(2020, 3, 1))
    assert span == datetime.timedelta(days=60)
    aware = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert add_gigasecond(aware).utcoffset() == datetime.timedelta(hours=2)
    assert end > start


def test_collections():
    assert letter_counts("abba") == collections.Counter({"a": 2, "b": 2})
    assert letter_counts("abba").most_common(1) == [("a", 2)]
    groups = grouped(["apple", "avocado", "banana"])
    assert groups == {"a": ["apple", "avocado"], "b": ["banana"]}
    assert groups["z"] == []  # still a defaultdict
    assert list(ordered([("b", 1), ("a", 2)])) == ["b", "a"]
    assert window([1, 2, 3, 4], 2) == collections.deque([3, 4])
    assert describe(collections.Counter("x")) == "Counter"


def test_namedtuples_both_ways():
    middle = midpoint(Point(0, 0), Point(2, 4))
    assert middle == Point(1.0, 2.0)
    assert middle.y == 2.0
    assert middle == (1.0, 2.0)


def test_numbers_of_the_standard_library():
    assert money("1.10") == decimal.Decimal("2.20")
    assert half(fractions.Fraction(1, 3)) == fractions.Fraction(1, 6)
    assert describe(decimal.Decimal("1")) == "Decimal"
    assert evens(7) == range(0, 7, 2)
    assert list(evens(5)) == [0, 2, 4]


def test_enum_members():
    assert status(404) is http.HTTPStatus.NOT_FOUND
    assert favourite() == Colour.GREEN
    assert favourite() is Colour.GREEN
    assert favourite() != Colour.RED
