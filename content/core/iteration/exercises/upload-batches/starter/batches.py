def chunked(records, size):
    """Yield lists of `size` records (the last one may be shorter), reading lazily."""
    # Replace `pass` with your code. Use yield.
    pass
