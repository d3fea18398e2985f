def describe(value):
    """Return a sentence such as '42 has type int' for any value."""
    # Replace `pass` with your code.
    pass
