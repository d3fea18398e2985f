def without(items, unwanted):
    kept = []
    for item in items:
        if item is not unwanted:
            kept.append(item)
    return kept
