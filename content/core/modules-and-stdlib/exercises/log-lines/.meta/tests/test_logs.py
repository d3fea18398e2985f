from logs import find_tickets, parse_line


def test_parses_the_example_line():
    """Takes the example line apart."""
    assert parse_line("2024-05-01 12:30:05 ERROR Disk almost full") == {
        "date": "2024-05-01",
        "time": "12:30:05",
        "level": "ERROR",
        "message": "Disk almost full",
    }, (
        'parse_line("2024-05-01 12:30:05 ERROR Disk almost full") should return the four parts as a dict'
    )


def test_parses_another_line():
    """Keeps the whole message, even with colons and numbers in it."""
    assert parse_line("2023-11-30 08:00:00 INFO Backup done: 42 files") == {
        "date": "2023-11-30",
        "time": "08:00:00",
        "level": "INFO",
        "message": "Backup done: 42 files",
    }, (
        'parse_line("2023-11-30 08:00:00 INFO Backup done: 42 files") should keep "Backup done: 42 files" as the message'
    )


def test_ignores_the_newline_at_the_end():
    """Accepts a line as read from a file, with its newline."""
    assert parse_line("2024-05-01 12:30:05 WARN Low memory\n") == {
        "date": "2024-05-01",
        "time": "12:30:05",
        "level": "WARN",
        "message": "Low memory",
    }, "parse_line should ignore the newline at the end of a line read from a file (strip it first)"


def test_rejects_lines_that_are_not_log_lines():
    """Returns None for lines that do not have the log form."""
    not_log_lines = [
        "Hello there",
        "",
        "2024-05-01 ERROR Disk almost full",
        "2024-05-01 12:30:05 error Disk almost full",
        "24-05-01 12:30:05 INFO Short year",
        "2024-05-01 12:30 INFO No seconds",
        "2024-05-01 12:30:05 INFO",
    ]
    for line in not_log_lines:
        assert parse_line(line) is None, (
            f"parse_line({line!r}) should return None: that is not a log line"
        )


def test_finds_tickets():
    """Finds every ticket number, in order."""
    assert find_tickets("Fixed BUG-12 and WEB-7, see also BUG-123.") == [
        "BUG-12",
        "WEB-7",
        "BUG-123",
    ], (
        'find_tickets("Fixed BUG-12 and WEB-7, see also BUG-123.") should return a list of every ticket: '
        '["BUG-12", "WEB-7", "BUG-123"]'
    )
    assert find_tickets("BUG-12 again: BUG-12") == ["BUG-12", "BUG-12"], (
        'find_tickets("BUG-12 again: BUG-12") should return a list of every ticket: ["BUG-12", "BUG-12"]'
    )


def test_skips_things_that_are_not_tickets():
    """Ignores lower case, a single letter, too many letters, and text without tickets."""
    assert find_tickets("bug-12, X-1, BUGGIEST-3, WEB-") == [], (
        'find_tickets("bug-12, X-1, BUGGIEST-3, WEB-") should return []: none of these is a ticket'
    )
    assert find_tickets("All quiet today.") == [], (
        'find_tickets("All quiet today.") should return []'
    )
