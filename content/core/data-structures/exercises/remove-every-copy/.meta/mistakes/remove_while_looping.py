def without(items, unwanted):
    kept = items.copy()
    for item in kept:
        if item == unwanted:
            kept.remove(item)
    return kept
