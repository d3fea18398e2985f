def flatten(nested):
    for entry in nested:
        if isinstance(entry, (list, tuple)):
            for inner in entry:
                if isinstance(inner, (list, tuple)):
                    yield from inner
                else:
                    yield inner
        else:
            yield entry
