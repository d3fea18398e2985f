def in_common(mine, yours):
    """Return the set of names that are on both lists."""
    # Replace `pass` with your code.
    pass


def suggest(mine, yours):
    """Return the set of names on yours that are not on mine."""
    pass


def everyone(mine, yours):
    """Return the set of names on either list."""
    pass
