def split_header(lines):
    try:
        header = next(iter(lines))
    except StopIteration:
        raise ValueError("the input is empty") from None
    return header, iter(lines)
