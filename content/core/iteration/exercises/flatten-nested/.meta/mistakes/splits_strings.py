def flatten(nested):
    for entry in nested:
        if hasattr(entry, "__iter__"):
            yield from flatten(entry)
        else:
            yield entry
