def in_common(mine, yours):
    """Return the set of names that are on both lists."""
    # set() drops duplicate names; & keeps what is in both sets.
    return set(mine) & set(yours)


def suggest(mine, yours):
    """Return the set of names on yours that are not on mine."""
    # Order matters for -: what is in yours, minus what is in mine.
    return set(yours) - set(mine)


def everyone(mine, yours):
    """Return the set of names on either list."""
    return set(mine) | set(yours)
