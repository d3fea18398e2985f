def username(first, last):
    first = first.strip().lower()
    last = last.strip().lower()
    return first[1] + last[1:6]
