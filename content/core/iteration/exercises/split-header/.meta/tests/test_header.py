import pytest

from header import split_header


class FileLines:
    """A one-pass source of lines, like an open file, that counts how many were read."""

    def __init__(self, lines):
        self._lines = iter(lines)
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        line = next(self._lines)
        self.read += 1
        return line


def split_file(source):
    """split_header(source) for a file-like source, with a clear failure if it needs a list."""
    try:
        return split_header(source)
    except TypeError as error:
        pytest.fail(
            f"split_header stopped with TypeError ({error}) on a file-like source: it should "
            "work on any iterable, also one that can only be read line by line (no [0], no "
            "[1:], no len()); use iter() and next()",
            pytrace=False,
        )


def test_header_and_rows_of_a_list():
    """Splits a list into its first line and the rest."""
    header, rows = split_header(["name,points", "ada,12", "grace,9"])
    assert header == "name,points", (
        'split_header(["name,points", "ada,12", "grace,9"]) should give the header "name,points"'
    )
    assert list(rows) == ["ada,12", "grace,9"], (
        'After the header, rows should give "ada,12" and "grace,9": all the lines after the '
        "first, and not the header again (use the same iterator for both)"
    )


def test_rows_is_an_iterator():
    """rows is an iterator: next() works on it."""
    _, rows = split_header(["city", "Oslo", "Lima"])
    assert hasattr(rows, "__next__"), (
        "rows should be an iterator, so that next(rows) works: return the iterator that "
        "iter(lines) gave you, not a list such as lines[1:]"
    )
    assert next(rows) == "Oslo", 'For ["city", "Oslo", "Lima"], next(rows) should give "Oslo"'
    assert next(rows) == "Lima", 'For ["city", "Oslo", "Lima"], a second next(rows) should give "Lima"'


def test_reads_only_the_header():
    """Reads only the first line of a file-like source, and leaves the rest for later."""
    source = FileLines(["date,amount", "2024-05-01,12.50", "2024-05-02,8.00", "2024-05-03,3.10"])
    header, rows = split_file(source)
    assert header == "date,amount", 'The header of this file should be "date,amount"'
    assert source.read == 1, (
        f"split_header read {source.read} lines of a file with 4 lines before returning: it "
        "should read only the header (one next()), and leave the rest unread"
    )
    assert next(rows) == "2024-05-01,12.50", (
        'The first row after the header "date,amount" should be "2024-05-01,12.50"'
    )
    assert source.read == 2, "Taking one row should read exactly one more line"
    assert list(rows) == ["2024-05-02,8.00", "2024-05-03,3.10"], (
        "The other rows should follow in order"
    )


def test_header_only():
    """A file with only a header has no rows."""
    header, rows = split_header(["name,points"])
    assert header == "name,points", 'split_header(["name,points"]) should give the header "name,points"'
    assert list(rows) == [], 'With only a header line, rows should give nothing'


@pytest.mark.parametrize("empty", [[], FileLines([])], ids=["empty list", "empty file"])
def test_empty_input_is_a_value_error(empty):
    """No lines at all raises ValueError that says the input is empty."""
    try:
        with pytest.raises(ValueError) as error:
            split_file(empty)
    except StopIteration:
        pytest.fail(
            "With no lines at all, split_header let StopIteration escape from next(): catch "
            "it (try/except StopIteration) and raise ValueError instead",
            pytrace=False,
        )
    assert "empty" in str(error.value), (
        "With no lines at all, split_header should raise ValueError with a message that "
        f"contains the word empty; the message was {str(error.value)!r}"
    )
