def without(items, unwanted):
    """Return a new list of the items of items that are not equal to unwanted."""
    # Replace `pass` with your code.
    pass
