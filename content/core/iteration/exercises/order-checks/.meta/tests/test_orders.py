import pytest

from orders import first_missing, has_big_line, order_total


class Stream:
    """A one-pass stream of items, such as order lines arriving one by one, that counts reads."""

    def __init__(self, items):
        self._items = iter(items)
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)
        self.read += 1
        return item


ORDER = [("pen", 3, 1.20), ("notebook", 2, 4.50), ("bag", 1, 25.00)]


def test_order_total():
    """Adds up quantity times unit price over every line."""
    assert order_total(ORDER) == pytest.approx(37.6), (
        "order_total of pen 3 x 1.20, notebook 2 x 4.50 and bag 1 x 25.00 should be 37.6: "
        "add up quantity * unit_price for every line"
    )
    assert order_total([("cable", 4, 2.5), ("plug", 2, 3.0)]) == pytest.approx(16.0), (
        "order_total of cable 4 x 2.5 and plug 2 x 3.0 should be 16.0"
    )


def test_order_total_of_a_stream_and_of_nothing():
    """Works on a one-pass stream, and gives 0 for no lines."""
    stream = Stream([("tape", 5, 0.5), ("glue", 2, 1.25)])
    assert order_total(stream) == pytest.approx(5.0), (
        "order_total of a stream with tape 5 x 0.5 and glue 2 x 1.25 should be 5.0: "
        "loop over the lines only once"
    )
    assert order_total([]) == 0, "order_total([]) should be 0"


def test_has_big_line():
    """True when a line costs more than the limit, False when none does."""
    assert has_big_line(ORDER, 20) is True, (
        "The bag line costs 25.00, more than 20, so has_big_line(order, 20) should be True"
    )
    assert has_big_line(ORDER, 30) is False, (
        "No line of the example order costs more than 30 (the most is 25.00), so "
        "has_big_line(order, 30) should be False"
    )
    assert has_big_line([("chair", 2, 40.0)], 79) is True, (
        "2 chairs at 40.0 cost 80.0 together, more than 79: has_big_line should multiply "
        "the quantity by the unit price"
    )
    assert has_big_line([], 0) is False, "has_big_line([], 0) should be False: no lines, no big line"


def test_a_line_at_the_limit_is_not_big():
    """A line that costs exactly the limit is not big."""
    assert has_big_line([("lamp", 2, 10.0)], 20) is False, (
        "2 lamps at 10.0 cost exactly 20.0: that is not more than a limit of 20, so "
        "has_big_line should be False (use >, not >=)"
    )


def test_has_big_line_stops_at_the_first_big_line():
    """Stops reading the order at the first big line."""
    lines = [("sofa", 1, 900.0), ("cushion", 2, 15.0)] + [("sock", 1, 2.0)] * 100
    stream = Stream(lines)
    assert has_big_line(stream, 100) is True, "A sofa at 900.0 is more than 100"
    assert stream.read == 1, (
        f"has_big_line read {stream.read} lines of an order whose very first line is big: "
        "it should stop at the first big line. Pass a generator expression (round "
        "brackets) to any(), not a list in square brackets, which works out every line first"
    )


def test_first_missing():
    """Finds the first product with a count of 0."""
    stock = {"pen": 40, "ink": 0, "bag": 2, "tape": 0}
    assert first_missing(["pen", "ink", "bag", "tape"], stock) == "ink", (
        'With ink and tape at 0, first_missing(["pen", "ink", "bag", "tape"], ...) should '
        'give "ink", the first one'
    )
    assert first_missing(["bag", "tape"], stock) == "tape", (
        'first_missing(["bag", "tape"], ...) should give "tape": its count is 0'
    )


def test_unknown_product_is_missing():
    """A product that is not in the stock dict at all is missing too."""
    assert first_missing(["pen", "glitter"], {"pen": 3}) == "glitter", (
        'first_missing(["pen", "glitter"], {"pen": 3}) should give "glitter": a product '
        "that is not in stock at all counts as 0 (stock.get(product, 0))"
    )


def test_nothing_missing():
    """None when every product is in stock."""
    assert first_missing(["pen", "bag"], {"pen": 1, "bag": 5}) is None, (
        "When every product has a count above 0, first_missing should return None"
    )
    assert first_missing([], {}) is None, "first_missing([], {}) should return None"


def test_first_missing_stops_at_the_first_one():
    """Stops reading the products at the first missing one."""
    stream = Stream(["pen", "bag", "ink"] + ["pen"] * 100)
    assert first_missing(stream, {"pen": 9, "bag": 1}) == "ink", 'The first missing product should be "ink"'
    assert stream.read == 3, (
        f"first_missing read {stream.read} products, but the third one, ink, is already "
        "missing: it should stop there. Pass a generator expression to next(), which "
        "stops at the first match"
    )
