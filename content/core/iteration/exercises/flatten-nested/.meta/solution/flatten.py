from collections.abc import Iterable, Iterator


def flatten(nested: Iterable) -> Iterator:
    """Yield the parts of a parts list, opening up lists and tuples at any depth."""
    for entry in nested:
        if isinstance(entry, (list, tuple)):
            yield from flatten(entry)  # a smaller parts list: give out all of its parts
        else:
            yield entry
