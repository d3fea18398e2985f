def read_int(text, default=0):
    """Return the whole number in text, or default if text is not a whole number."""
    try:
        return int(text)
    except ValueError:
        # Only "not a whole number" is expected here; any other error is a real bug
        # and should still stop the program.
        return default
