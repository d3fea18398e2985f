import itertools

import pytest

from batches import chunked


class Export:
    """A stream of records "r0", "r1", ... that counts how many were read.

    It stops after `limit` records, so that code which reads everything first
    fails with a clear message instead of running for ever.
    """

    def __init__(self, limit=200):
        self._records = (f"r{n}" for n in range(limit))
        self.limit = limit
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        record = next(self._records)
        self.read += 1
        return record


def batches_of(records, size, limit=50):
    """The batches chunked() gives, at most `limit` of them."""
    return list(itertools.islice(chunked(records, size), limit))


def test_example():
    """Cuts five records into batches of two; the last one is shorter."""
    assert batches_of(["r1", "r2", "r3", "r4", "r5"], 2) == [["r1", "r2"], ["r3", "r4"], ["r5"]], (
        'chunked(["r1", "r2", "r3", "r4", "r5"], 2) should give [["r1", "r2"], ["r3", "r4"], '
        '["r5"]]: batches of two, and the one record left over in a last, shorter batch'
    )


def test_works_on_any_iterable():
    """Takes any iterable, such as a range or a string."""
    assert batches_of(range(7), 3) == [[0, 1, 2], [3, 4, 5], [6]], (
        "chunked(range(7), 3) should give [[0, 1, 2], [3, 4, 5], [6]]"
    )
    assert batches_of("abcd", 3) == [["a", "b", "c"], ["d"]], (
        'chunked("abcd", 3) should give [["a", "b", "c"], ["d"]]: each batch is a list'
    )


def test_no_empty_batch_at_the_end():
    """When the records fit exactly, there is no empty batch at the end."""
    assert batches_of(range(6), 3) == [[0, 1, 2], [3, 4, 5]], (
        "chunked(range(6), 3) should give exactly two batches, [[0, 1, 2], [3, 4, 5]]: "
        "never an empty list at the end"
    )


def test_small_and_odd_sizes():
    """A size of 1, and a size bigger than the number of records."""
    assert batches_of(["a", "b"], 1) == [["a"], ["b"]], 'chunked(["a", "b"], 1) should give [["a"], ["b"]]'
    assert batches_of(["a", "b"], 10) == [["a", "b"]], (
        'chunked(["a", "b"], 10) should give one batch with both records: [["a", "b"]]'
    )


def test_no_records():
    """No records give no batches at all."""
    assert batches_of([], 3) == [], "chunked([], 3) should give no batches, not an empty batch"


def test_reads_only_what_a_batch_needs():
    """Reads only the records of the batches asked for, from a very long export."""
    export = Export()
    batches = chunked(export, 3)
    assert export.read == 0, (
        f"Calling chunked(...) already read {export.read} records: a generator function "
        "runs nothing until next() asks for the first batch (use yield)"
    )
    assert next(batches) == ["r0", "r1", "r2"], "The first batch of size 3 should be ['r0', 'r1', 'r2']"
    assert export.read == 3, (
        f"To give the first batch of 3, chunked read {export.read} records of an export of "
        f"{export.limit}: it should read only 3, yield the batch at once, and read on only "
        "when the next batch is asked for"
    )
    assert next(batches) == ["r3", "r4", "r5"], "The second batch should be ['r3', 'r4', 'r5']"
    assert export.read == 6, (
        f"After two batches of 3, chunked should have read 6 records, not {export.read}"
    )

