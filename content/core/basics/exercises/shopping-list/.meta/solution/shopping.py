def with_item(shopping, item):
    """Return a new list: shopping followed by item. Do not change shopping."""
    # + builds a brand new list; the list we were given is left alone.
    return shopping + [item]
