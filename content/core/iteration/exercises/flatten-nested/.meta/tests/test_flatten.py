import itertools

import pytest

from flatten import flatten


class Stream:
    """A one-pass stream of entries that counts how many were read."""

    def __init__(self, entries):
        self._entries = iter(entries)
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        entry = next(self._entries)
        self.read += 1
        return entry


def parts(nested, limit=500):
    """The parts flatten() gives, at most `limit` of them, with a clear failure on deep recursion."""
    try:
        return list(itertools.islice(flatten(nested), limit))
    except RecursionError:
        pytest.fail(
            "flatten went on calling itself without end (RecursionError). A string is "
            "iterable too, and each of its letters is a string again: open up only lists "
            "and tuples, with isinstance(entry, (list, tuple))",
            pytrace=False,
        )


def test_example_bike():
    """Flattens the bike of the example."""
    bike = ["frame", ["wheel", ["rim", "hub", ("spoke", "spoke")]], ("pedal", "pedal")]
    assert parts(bike) == ["frame", "wheel", "rim", "hub", "spoke", "spoke", "pedal", "pedal"], (
        "flatten(bike) should give frame, wheel, rim, hub, spoke, spoke, pedal, pedal: every "
        "part, in order, however deep it is"
    )


def test_flat_list_stays_the_same():
    """A list with no inner lists gives its parts as they are."""
    assert parts(["bell", "light", "lock"]) == ["bell", "light", "lock"], (
        'flatten(["bell", "light", "lock"]) should give the same three parts'
    )


def test_any_depth():
    """Opens up lists nested many levels deep."""
    deep = "valve"
    for _ in range(40):
        deep = [deep]
    assert parts(["tyre", deep, "tube"]) == ["tyre", "valve", "tube"], (
        "A part inside 40 levels of lists should still come out, in its place: flatten "
        "should call itself for every inner list (yield from flatten(entry)), not just "
        "open one or two levels"
    )
    assert parts([[1, [2, [3, [4]]]], 5]) == [1, 2, 3, 4, 5], "flatten([[1, [2, [3, [4]]]], 5]) should give 1, 2, 3, 4, 5"


def test_tuples_are_opened_too():
    """Tuples are parts lists too, also inside lists and the other way round."""
    assert parts([("bolt", "nut"), ["washer", ("screw", ["rivet"])]]) == [
        "bolt",
        "nut",
        "washer",
        "screw",
        "rivet",
    ], "Tuples count as parts lists too: flatten should open up lists and tuples at any depth"


def test_strings_stay_whole():
    """A string is one part: it is never split into letters."""
    assert parts(["chain", ["gear", "x"], ""]) == ["chain", "gear", "x", ""], (
        'flatten(["chain", ["gear", "x"], ""]) should give "chain", "gear", "x", "": strings '
        "are parts and stay whole, even one letter long or empty"
    )


def test_other_parts_and_empty_lists():
    """Numbers and None are parts; empty lists give nothing."""
    assert parts([0, [], [[None]], [[], False], 2.5]) == [0, None, False, 2.5], (
        "flatten([0, [], [[None]], [[], False], 2.5]) should give 0, None, False, 2.5: "
        "numbers and None are parts (even 0 and False), and empty lists give nothing"
    )
    assert parts([]) == [], "flatten([]) should give nothing"
    assert parts([[], [[]]]) == [], "flatten([[], [[]]]) should give nothing: there are only empty lists"


def test_lazy_over_a_stream():
    """Gives each part as soon as it reaches it, reading the stream one entry at a time."""
    stream = Stream([["saddle", ["clamp"]], "post", ["grip", "grip"]] + ["spare"] * 100)
    result = flatten(stream)
    assert not isinstance(result, list), (
        "flatten should be a generator that yields the parts, not a function that returns a list"
    )
    assert next(result) == "saddle", 'The first part should be "saddle"'
    assert stream.read == 1, (
        f"To give the first part, flatten read {stream.read} entries of the stream: it should "
        "read one entry, and yield its parts at once"
    )
    assert [next(result), next(result)] == ["clamp", "post"], 'After "saddle" should come "clamp" and "post"'
    assert stream.read == 2, f"After three parts, flatten should have read 2 entries, not {stream.read}"
