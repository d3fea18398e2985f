def read_int(text, default=0):
    """Return the whole number in text, or default if text is not a whole number."""
    # Replace `pass` with your code.
    pass
