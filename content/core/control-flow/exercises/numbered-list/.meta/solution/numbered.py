def numbered(items):
    """Return a new list of lines such as "1. milk", numbered from 1."""
    lines = []
    # enumerate gives (number, item) pairs; start=1 makes people-friendly numbers.
    for number, item in enumerate(items, start=1):
        lines.append(f"{number}. {item}")
    return lines
