from collections.abc import Iterable, Iterator


def chunked(records: Iterable, size: int) -> Iterator[list]:
    """Yield lists of `size` records (the last one may be shorter), reading lazily."""
    batch = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []  # a new list: the batch just given away is the caller's now
    if batch:
        yield batch
