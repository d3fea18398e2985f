"""format_event, parse_row and import_stock, each on its own."""

import logging

import pytest

import stock_import


def test_format_event_with_plain_values():
    """Puts event= first, then each field as key=value, separated by spaces."""
    line = stock_import.format_event("import_done", added=3, skipped=1)
    assert line == "event=import_done added=3 skipped=1", (
        'format_event("import_done", added=3, skipped=1) should return '
        '"event=import_done added=3 skipped=1": event= first, then key=value for each field '
        "in the order given, one space between them"
    )


def test_format_event_with_no_fields():
    """An event with no fields is just event=NAME."""
    assert stock_import.format_event("started") == "event=started", (
        'format_event("started") should return "event=started", with no space at the end'
    )


def test_format_event_quotes_a_value_with_spaces():
    """Puts double quotes around a value that has a space in it, and only around that one."""
    line = stock_import.format_event("row_skipped", line=3, reason="missing sku")
    assert line == 'event=row_skipped line=3 reason="missing sku"', (
        'format_event("row_skipped", line=3, reason="missing sku") should return '
        "'event=row_skipped line=3 reason=\"missing sku\"': a value with a space gets double "
        "quotes, so a program reading the log knows where it ends; a value without one does not"
    )


def test_format_event_keeps_the_order_of_the_fields():
    """Keeps the fields in the order they were given."""
    line = stock_import.format_event("row_added", sku="B-7", line=8)
    assert line == "event=row_added sku=B-7 line=8", (
        'format_event("row_added", sku="B-7", line=8) should return '
        '"event=row_added sku=B-7 line=8": the fields in the order given, not sorted'
    )


def test_parse_row():
    """Splits a line into the sku and the quantity as a whole number."""
    assert stock_import.parse_row("A-100,4") == ("A-100", 4), (
        'parse_row("A-100,4") should return ("A-100", 4): the quantity as an int'
    )
    assert stock_import.parse_row(" B-7 , 12 ") == ("B-7", 12), (
        'parse_row(" B-7 , 12 ") should return ("B-7", 12): strip the spaces around each field'
    )
    assert stock_import.parse_row("C-9,1") == ("C-9", 1), (
        'parse_row("C-9,1") should return ("C-9", 1): 1 is the smallest quantity allowed'
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("A-100", "expected 2 fields"),
        ("A-100,4,5", "expected 2 fields"),
        (",4", "missing sku"),
        ("  ,4", "missing sku"),
        ("A-100,four", "quantity must be a whole number above 0"),
        ("A-100,-3", "quantity must be a whole number above 0"),
        ("A-100,0", "quantity must be a whole number above 0"),
    ],
)
def test_parse_row_refuses_a_bad_line(text, reason):
    """Raises ValueError with the reason for a bad line."""
    with pytest.raises(ValueError) as caught:
        stock_import.parse_row(text)
    assert str(caught.value) == reason, (
        f"parse_row({text!r}) should raise ValueError({reason!r}): the message is the "
        "reason that goes into the log"
    )


@pytest.fixture
def logger(caplog):
    """A logger the test owns; caplog records all it is given, from DEBUG up."""
    caplog.set_level(logging.DEBUG, logger="stock.checks")
    return logging.getLogger("stock.checks")


def test_import_stock_adds_up_and_logs_each_row(logger, caplog):
    """Returns the totals and logs each row: DEBUG when added, WARNING when skipped, INFO at the end."""
    lines = ["sku,quantity", "A-100,4", "B-7,two", "A-100,3"]
    totals = stock_import.import_stock(lines, logger)
    assert totals == {"A-100": 7}, (
        "import_stock on the lines sku,quantity / A-100,4 / B-7,two / A-100,3 should return "
        "{'A-100': 7}: skip the header and the bad row, and add up the quantities of each sku"
    )
    logged = [(record.levelname, record.getMessage()) for record in caplog.records]
    assert logged == [
        ("DEBUG", "event=row_added line=2 sku=A-100 quantity=4"),
        ("WARNING", 'event=row_skipped line=3 reason="quantity must be a whole number above 0"'),
        ("DEBUG", "event=row_added line=4 sku=A-100 quantity=3"),
        ("INFO", "event=import_done added=2 skipped=1"),
    ], (
        "import_stock should log on the logger it was given, with format_event: a DEBUG "
        "row_added line for each good row, a WARNING row_skipped line with the reason for "
        "each bad one, and one INFO import_done line at the end. Lines are numbered as in "
        "the file, so the header is line 1 and the first order line 2"
    )


def test_import_stock_with_only_a_header(logger, caplog):
    """A file with only the header gives no totals and an import_done line."""
    assert stock_import.import_stock(["sku,quantity"], logger) == {}, (
        "import_stock(['sku,quantity'], logger) should return {}: there are no rows"
    )
    assert [record.getMessage() for record in caplog.records] == [
        "event=import_done added=0 skipped=0"
    ], "With only a header, the one line logged should be event=import_done added=0 skipped=0"
