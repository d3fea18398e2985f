"""Tests to start from. Run them with:  python -m pytest test_stock_import.py

Red, green, refactor: watch a test fail, write just enough code to make it pass,
tidy up, and go on to the next one. Before you write import_stock, add a test for it
here first (the caplog fixture shows what was logged: see the lesson).
"""

import pytest

from stock_import import format_event, parse_row


def test_format_event_with_plain_values():
    assert format_event("import_done", added=3, skipped=1) == "event=import_done added=3 skipped=1"


def test_format_event_quotes_a_value_with_spaces():
    line = format_event("row_skipped", line=3, reason="missing sku")
    assert line == 'event=row_skipped line=3 reason="missing sku"'


def test_parse_row():
    assert parse_row("A-100,4") == ("A-100", 4)


def test_parse_row_refuses_a_quantity_that_is_not_a_number():
    with pytest.raises(ValueError, match="quantity must be a whole number above 0"):
        parse_row("A-100,four")
