def without(items, unwanted):
    kept = items.copy()
    kept.remove(unwanted)
    return kept
