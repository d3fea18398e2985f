def summarize(scores):
    """Return (lowest, highest, average rounded to 1 decimal), or None for no scores."""
    # An empty list has no lowest score: give back None straight away.
    if not scores:
        return None
    lowest = min(scores)
    highest = max(scores)
    average = round(sum(scores) / len(scores), 1)
    # Several values after one return are packed into a tuple.
    return lowest, highest, average
