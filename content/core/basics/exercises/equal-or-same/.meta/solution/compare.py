def same_contents(a, b):
    """Return True if a and b hold equal contents, otherwise False."""
    # == compares the values.
    return a == b


def same_object(a, b):
    """Return True if a and b are one and the same object, otherwise False."""
    # `is` compares identity: one object, or two?
    return a is b
