"""Unit tests: the rules alone, with values made in the test. No files, fast."""

from stockcheck.core import Item, low_stock, parse_item, report

TEA = Item("T-100", "green tea", 14, 10)
BLACK = Item("T-200", "black tea", 3, 10)
BREAD = Item("B-400", "rye bread", 6, 5)


def test_parse_item_turns_text_into_numbers():
    row = {"sku": " T-100 ", "name": "green tea", "stock": "14", "minimum": "10"}
    assert parse_item(row) == TEA


def test_low_stock_uses_the_margin():
    assert low_stock([TEA, BLACK, BREAD], margin=0) == [BLACK]
    assert low_stock([TEA, BLACK, BREAD], margin=1) == [BLACK, BREAD]


def test_report_ends_with_a_summary():
    assert report([TEA, BLACK], margin=0) == ["T-200 black tea: 3 left (minimum 10)", "1 of 2 products are low"]
