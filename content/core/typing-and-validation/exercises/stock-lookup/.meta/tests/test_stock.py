from stock import can_order, find_stock, stock_message, total_in_stock

SHOP = {"tea": 12, "coffee": 0, "scones": 1}


def test_find_stock_gives_the_count():
    """find_stock gives the number in stock, 0 included."""
    assert find_stock(SHOP, "tea") == 12, 'find_stock(SHOP, "tea") should return 12'
    assert find_stock(SHOP, "coffee") == 0, (
        'find_stock(SHOP, "coffee") should return 0: the shop sells coffee, it has none left'
    )


def test_find_stock_of_an_unknown_item_is_none():
    """find_stock gives None for an item the shop does not sell."""
    assert find_stock(SHOP, "cake") is None, (
        'find_stock(SHOP, "cake") should return None: cake is not in the dictionary '
        "(dict.get gives None for a missing key)"
    )


def test_can_order_compares_with_the_count():
    """can_order is True when there are at least as many as wanted."""
    assert can_order(SHOP, "tea", 5) is True, 'can_order(SHOP, "tea", 5) should be True: 12 in stock'
    assert can_order(SHOP, "tea", 12) is True, (
        'can_order(SHOP, "tea", 12) should be True: 12 in stock is enough for 12 (use >=)'
    )
    assert can_order(SHOP, "tea", 13) is False, 'can_order(SHOP, "tea", 13) should be False: only 12'
    assert can_order(SHOP, "coffee", 1) is False, (
        'can_order(SHOP, "coffee", 1) should be False: there is no coffee left'
    )


def test_cannot_order_what_is_not_sold():
    """can_order is False for an item the shop does not sell."""
    assert can_order(SHOP, "cake", 0) is False, (
        'can_order(SHOP, "cake", 0) should be False: the shop does not sell cake at all. '
        "Check `if count is None:` first"
    )


def test_message_in_stock():
    """stock_message gives the count when there are some."""
    assert stock_message(SHOP, "tea") == "tea: 12 in stock", (
        'stock_message(SHOP, "tea") should return "tea: 12 in stock"'
    )
    assert stock_message(SHOP, "scones") == "scones: 1 in stock", (
        'stock_message(SHOP, "scones") should return "scones: 1 in stock"'
    )


def test_message_sold_out_is_not_unknown():
    """stock_message tells "sold out" (count 0) apart from "not sold here" (None)."""
    assert stock_message(SHOP, "coffee") == "coffee: sold out", (
        'stock_message(SHOP, "coffee") should return "coffee: sold out": 0 is a count, not a '
        "missing value. `if not count:` is true for 0 as well as None: write `if count is None:`"
    )
    assert stock_message(SHOP, "cake") == "cake: not sold here", (
        'stock_message(SHOP, "cake") should return "cake: not sold here"'
    )


def test_total_in_stock():
    """total_in_stock adds the counts; unknown items count 0."""
    assert total_in_stock(SHOP, ["tea", "scones"]) == 13, (
        'total_in_stock(SHOP, ["tea", "scones"]) should return 13 (12 + 1)'
    )
    assert total_in_stock(SHOP, ["tea", "cake", "coffee", "scones"]) == 13, (
        'total_in_stock(SHOP, ["tea", "cake", "coffee", "scones"]) should return 13: an item '
        "the shop does not sell (cake) counts 0"
    )
    assert total_in_stock(SHOP, []) == 0, "total_in_stock(SHOP, []) should return 0"
