def summarize(scores):
    """Return (lowest, highest, average rounded to 1 decimal), or None for no scores."""
    # Replace `pass` with your code.
    pass
