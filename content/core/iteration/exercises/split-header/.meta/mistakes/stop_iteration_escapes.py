def split_header(lines):
    rows = iter(lines)
    header = next(rows)
    return header, rows
