def split_header(lines):
    if len(lines) == 0:
        raise ValueError("the input is empty")
    rows = iter(lines)
    return next(rows), rows
