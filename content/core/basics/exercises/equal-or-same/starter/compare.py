def same_contents(a, b):
    """Return True if a and b hold equal contents, otherwise False."""
    # Replace `pass` with your code.
    pass


def same_object(a, b):
    """Return True if a and b are one and the same object, otherwise False."""
    # Replace `pass` with your code.
    pass
