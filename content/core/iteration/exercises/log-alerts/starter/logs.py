def parse(lines):
    """Yield (level, service, message) for every good log line; skip broken ones."""
    # Replace `pass` with your code. Use yield.
    pass


def with_level(entries, level):
    """Return a generator of the entries whose level is `level`."""
    # Replace `pass` with your code.
    pass


def count_by_service(entries):
    """Return a dict: service -> number of entries, in one pass."""
    # Replace `pass` with your code.
    pass


def first_alert(lines, limit):
    """Return the first service to reach `limit` ERROR entries, reading no further; else None."""
    # Replace `pass` with your code.
    pass
