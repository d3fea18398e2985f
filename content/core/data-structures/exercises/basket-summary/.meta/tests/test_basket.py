from basket import summarize


def test_example_basket():
    """Counts and prices the example basket."""
    result = summarize([("tea", 2, 1.50), ("cake", 1, 3.20), ("bun", 3, 0.90)])
    assert result is not None, "summarize should return a tuple (count, total); it returned None"
    assert result == (6, 8.9), (
        "For 2 teas at 1.50, 1 cake at 3.20 and 3 buns at 0.90, summarize should return (6, 8.9)"
    )


def test_returns_a_tuple_of_two():
    """Gives back a tuple of exactly two values: the count, then the total."""
    result = summarize([("tea", 2, 1.50)])
    assert isinstance(result, tuple), (
        "summarize should return a tuple such as (2, 3.0); write return count, total"
    )
    assert len(result) == 2, "summarize should return exactly two values: the count and the total"
    assert result == (2, 3.0), "summarize([(\"tea\", 2, 1.50)]) should return (2, 3.0): count first, then total"


def test_counts_quantities_not_lines():
    """Counts every single thing, not the number of lines."""
    count, total = summarize([("egg", 12, 0.25), ("milk", 2, 1.10)])
    assert count == 14, (
        "12 eggs and 2 milks are 14 things: add up the quantities, do not count the lines"
    )
    assert total == 5.2, "12 eggs at 0.25 and 2 milks at 1.10 cost 5.2 in total"


def test_multiplies_by_quantity():
    """Charges each line its quantity times its price."""
    count, total = summarize([("pen", 4, 2.50), ("ruler", 1, 1.25)])
    assert total == 11.25, (
        "4 pens at 2.50 and 1 ruler at 1.25 cost 11.25: multiply each price by its quantity"
    )


def test_rounds_the_total():
    """Rounds the total to 2 decimals."""
    count, total = summarize([("gum", 1, 0.10), ("mint", 1, 0.20)])
    assert total == 0.3, (
        "Gum at 0.10 and a mint at 0.20 cost 0.3 in total. Python works out 0.1 + 0.2 as "
        "0.30000000000000004, so round the total: round(total, 2)"
    )


def test_empty_basket():
    """An empty basket holds nothing and costs nothing."""
    assert summarize([]) == (0, 0), "summarize([]) should return (0, 0)"


def test_rounds_to_two_decimals_exactly():
    """Rounds to 2 decimals, not 3 or more."""
    count, total = summarize([("bolt", 7, 0.123)])
    assert total == 0.86, (
        "7 bolts at 0.123 cost 0.861, which rounded to 2 decimals is 0.86: use round(total, 2)"
    )
