def username(first, last):
    first = first.strip().lower()
    last = last.strip().lower()
    return first[0] + last[:4]
