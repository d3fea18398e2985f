def without(items, unwanted):
    """Return a new list of the items of items that are not equal to unwanted."""
    # Collect the items to keep in a new list: the list we were given stays as it was.
    kept = []
    for item in items:
        if item != unwanted:
            kept.append(item)
    return kept
