def username(first, last):
    return first.lower()[0] + last.lower()[:5]
