def username(first, last):
    """Return the username: first letter of first, first 5 letters of last, lower case."""
    # Replace `pass` with your code.
    pass
