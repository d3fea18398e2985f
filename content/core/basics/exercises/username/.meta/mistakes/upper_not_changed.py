def username(first, last):
    first = first.strip()
    last = last.strip()
    first.lower()
    last.lower()
    return first[0] + last[:5]
