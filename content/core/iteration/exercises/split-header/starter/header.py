def split_header(lines):
    """Return (header, rows): the first line, and an iterator over the lines after it."""
    # Replace `pass` with your code.
    pass
