def numbered(items):
    """Return a new list of lines such as "1. milk", numbered from 1."""
    # Replace `pass` with your code.
    pass
