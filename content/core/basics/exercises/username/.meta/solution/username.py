def username(first, last):
    """Return the username: first letter of first, first 5 letters of last, lower case."""
    # Remove spaces around the names and make every letter lower case.
    first = first.strip().lower()
    last = last.strip().lower()
    # Positions start at 0; the slice [:5] stops just before position 5.
    return first[0] + last[:5]
