def split_header(lines):
    if not lines:
        raise ValueError("the input is empty")
    return lines[0], lines[1:]
