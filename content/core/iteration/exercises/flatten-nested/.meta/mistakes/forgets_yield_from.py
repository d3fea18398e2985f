def flatten(nested):
    for entry in nested:
        if isinstance(entry, (list, tuple)):
            flatten(entry)
        else:
            yield entry
