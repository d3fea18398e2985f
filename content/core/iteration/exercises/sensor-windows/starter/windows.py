def windows(readings, size):
    """Yield each run of `size` readings in a row as a tuple, oldest first."""
    # Replace `pass` with your code. Use yield.
    pass


def moving_averages(readings, size):
    """Return a generator of the average of each window of `size` readings."""
    # Replace `pass` with your code.
    pass
