def flatten(nested):
    """Yield the parts of a parts list, opening up lists and tuples at any depth."""
    # Replace `pass` with your code. Use yield (and yield from).
    pass
