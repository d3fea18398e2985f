def flatten(nested):
    result = []
    for entry in nested:
        if isinstance(entry, (list, tuple)):
            result.extend(flatten(entry))
        else:
            result.append(entry)
    return result
