from collections.abc import Iterable, Iterator


def split_header(lines: Iterable[str]) -> tuple[str, Iterator[str]]:
    """Return (header, rows): the first line, and an iterator over the lines after it."""
    rows = iter(lines)
    try:
        # One next() reads the first line and leaves rows at the second.
        header = next(rows)
    except StopIteration:
        raise ValueError("the input is empty: no header line") from None
    return header, rows
