def with_item(shopping, item):
    """Return a new list: shopping followed by item. Do not change shopping."""
    # Replace `pass` with your code.
    pass
