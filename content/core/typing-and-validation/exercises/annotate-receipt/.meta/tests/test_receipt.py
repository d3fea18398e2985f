from receipt import cheapest, format_line, line_total, receipt

TEA_AND_SCONES = [("tea", 2.5, 3), ("scones", 1.2, 4), ("jam", 3.99, 1)]


def test_line_total_multiplies_and_rounds():
    """line_total multiplies the price by the quantity and rounds to cents."""
    assert line_total(2.5, 3) == 7.5, "line_total(2.5, 3) should return 7.5 (2.5 times 3)"
    assert line_total(0.1, 3) == 0.3, (
        "line_total(0.1, 3) should return 0.3: keep round(..., 2), which hides the tiny "
        "error of 0.1 * 3 = 0.30000000000000004"
    )
    assert line_total(0.333, 3) == 1.0, (
        "line_total(0.333, 3) should return 1.0: 0.999 rounded to cents (2 decimals)"
    )


def test_format_line_pads_the_columns():
    """format_line gives one line with the name padded to 12 and the cost to 8 characters."""
    assert format_line("tea", 2.5, 3) == "3 x tea             7.50", (
        'format_line("tea", 2.5, 3) should return "3 x tea             7.50": '
        "keep the f-string as it was, only add type hints"
    )


def test_receipt_lists_every_item_and_the_total():
    """receipt gives one line per item and a TOTAL line."""
    assert receipt(TEA_AND_SCONES) == [
        "3 x tea             7.50",
        "4 x scones          4.80",
        "1 x jam             3.99",
        "TOTAL              16.29",
    ], "receipt(...) for tea, scones and jam should give the three lines and then TOTAL 16.29"


def test_empty_receipt():
    """An empty receipt has only the TOTAL line."""
    assert receipt([]) == ["TOTAL               0.00"], (
        'receipt([]) should return ["TOTAL               0.00"]: just the total line'
    )


def test_cheapest_by_unit_price():
    """cheapest compares the unit prices, not the names or the quantities."""
    assert cheapest(TEA_AND_SCONES) == "scones", (
        "cheapest(...) for tea 2.5, scones 1.2 and jam 3.99 should return 'scones'"
    )
    items = [("apple juice", 3.0, 1), ("tea", 1.5, 2), ("bread", 2.0, 9)]
    assert cheapest(items) == "tea", (
        "cheapest([('apple juice', 3.0, 1), ('tea', 1.5, 2), ('bread', 2.0, 9)]) should "
        "return 'tea': the lowest unit price (the second value of each tuple)"
    )


def test_cheapest_of_nothing_is_none():
    """cheapest returns None when there are no items."""
    assert cheapest([]) is None, "cheapest([]) should return None: there is no item to name"
