def without(items, unwanted):
    while unwanted in items:
        items.remove(unwanted)
    return items
