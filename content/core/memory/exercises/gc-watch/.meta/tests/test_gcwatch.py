import gc

import pytest

import gcwatch
from gcwatch import GcWatch, make_cycles


class ReferencePair:
    def __init__(self):
        self.other = None


def cycles_found_here(n):
    """What gc.collect() finds after n two-object cycles are dropped, measured in the checks' process."""
    gc.collect()
    gc.disable()
    try:
        for _ in range(n):
            first, second = ReferencePair(), ReferencePair()
            first.other, second.other = second, first
        del first, second
        return gc.collect()
    finally:
        gc.enable()


def subject_gc():
    """The gc module your code uses (in your code's process)."""
    try:
        return gcwatch.gc
    except AttributeError:
        pytest.fail(
            "The checks reach the garbage collector through your module: keep `import gc` at "
            "the top of gcwatch.py",
            pytrace=False,
        )


@pytest.fixture
def only_explicit_collections():
    """Automatic collections off in your code's process, so only the checks' gc.collect() runs."""
    collector = subject_gc()
    collector.collect()
    collector.disable()
    try:
        yield collector
    finally:
        collector.enable()


def test_make_cycles_leaves_garbage_in_cycles(only_explicit_collections):
    """make_cycles(n) leaves n two-object cycles for the collector."""
    collector = only_explicit_collections
    make_cycles(0)
    collector.collect()
    for n in (10, 40):
        # The checks' own messages to your process leave a little garbage too: the same
        # two calls with n = 0 measure it, and only the difference counts.
        make_cycles(0)
        background = collector.collect()
        make_cycles(n)
        found = collector.collect() - background
        expected = cycles_found_here(n)
        assert found == expected, (
            f"After make_cycles({n}), gc.collect() found {found} more unreachable objects than "
            f"after make_cycles(0); the checks' own {n} pairs leave {expected}: make {n} pairs, "
            "each two Pair objects whose other attribute is the other one, and keep none of them"
        )


def test_a_collection_is_written_down(only_explicit_collections):
    """Inside the block, each collection adds (generation, collected) to collections."""
    collector = only_explicit_collections
    watch = GcWatch()
    with watch as entered:
        assert entered is watch, "`with GcWatch() as watch` should give the GcWatch itself: __enter__ returns self"
        make_cycles(25)
        found = collector.collect()
    assert watch.collections == [(2, found)], (
        f"After one gc.collect() (a generation-2 collection that freed {found} objects), "
        f"collections is {watch.collections}; expected [(2, {found})]: append a function to "
        "gc.callbacks in __enter__, and when it is called with phase 'stop', append "
        "(info['generation'], info['collected'])"
    )
    assert watch.total_collected() == found, f"total_collected() should be {found}"


def test_collections_by_generation(only_explicit_collections):
    """per_generation counts the collections of each generation."""
    collector = only_explicit_collections
    with GcWatch() as watch:
        collector.collect(0)
        make_cycles(5)
        collector.collect(1)
        collector.collect(2)
        collector.collect(2)
    assert [g for g, _ in watch.collections] == [0, 1, 2, 2], (
        f"gc.collect(0), collect(1), collect(2), collect(2) were written down as "
        f"{watch.collections}; the generations should be [0, 1, 2, 2]"
    )
    assert watch.per_generation() == [1, 1, 2], (
        f"per_generation() should be [1, 1, 2] (one collection of generation 0, one of 1, two "
        f"of 2), not {watch.per_generation()}"
    )
    expected = sum(collected for _, collected in watch.collections)
    assert watch.total_collected() == expected and expected >= 10, (
        "total_collected() should add up the collected numbers of every collection"
    )


def test_nothing_is_written_down_after_the_block(only_explicit_collections):
    """Leaving the block removes the callback from gc.callbacks."""
    collector = only_explicit_collections
    before = len(collector.callbacks)
    with GcWatch() as watch:
        assert len(collector.callbacks) == before + 1, "Inside the block, gc.callbacks should hold one more function: yours"
    assert len(collector.callbacks) == before, (
        "After the block, gc.callbacks should be as it was before: remove your function in __exit__"
    )
    make_cycles(5)
    collector.collect()
    assert watch.collections == [], f"A collection after the block should not be written down, collections is {watch.collections}"


def test_an_error_in_the_block(only_explicit_collections):
    """An exception in the block goes on, and the callback is removed all the same."""
    collector = only_explicit_collections
    before = len(collector.callbacks)
    watch = GcWatch()
    with pytest.raises(ValueError):
        with watch:
            raise ValueError("boom")
        pytest.fail("A ValueError raised inside the block should not be swallowed: __exit__ must not return True", pytrace=False)
    assert len(collector.callbacks) == before, "After a block that failed, gc.callbacks should be as it was before"


@pytest.fixture
def odd_thresholds():
    """Thresholds with three different numbers while the test runs, then CPython's back."""
    collector = subject_gc()
    original = collector.get_threshold()
    collector.set_threshold(700, 11, 12)
    try:
        yield collector
    finally:
        collector.set_threshold(*original)


def test_a_lower_threshold_means_more_collections(odd_thresholds):
    """With threshold=50, generation 0 is collected after every 50 new objects or so."""
    collector = odd_thresholds
    assert collector.isenabled(), "The automatic garbage collector should be on (do not turn it off)"
    with GcWatch(threshold=50) as watch:
        inside = collector.get_threshold()
        make_cycles(400)
    assert inside == (50, 11, 12), (
        f"The thresholds were (700, 11, 12); inside GcWatch(threshold=50) they were {inside}, "
        "expected (50, 11, 12): set only the first one (gc.set_threshold takes all three)"
    )
    assert collector.get_threshold() == (700, 11, 12), (
        f"After the block the thresholds should be back to (700, 11, 12), not {collector.get_threshold()}"
    )
    runs = watch.per_generation()
    assert runs[0] + runs[1] >= 8, (
        f"800 new objects with a generation-0 threshold of 50 should start at least 8 automatic "
        f"collections; collections holds {watch.collections}"
    )


def test_the_thresholds_come_back_after_an_error():
    """The old thresholds are put back even when the block fails."""
    collector = subject_gc()
    before = collector.get_threshold()
    with pytest.raises(KeyError):
        with GcWatch(threshold=123):
            raise KeyError("oops")
        pytest.fail("A KeyError raised inside the block should not be swallowed: __exit__ must not return True", pytrace=False)
    assert collector.get_threshold() == before, (
        f"After a block that failed, the thresholds should be back to {before}, not {collector.get_threshold()}"
    )


def test_no_threshold_leaves_the_thresholds_alone(odd_thresholds):
    """Without a threshold, GcWatch does not touch the thresholds."""
    collector = odd_thresholds
    with GcWatch():
        inside = collector.get_threshold()
        collector.set_threshold(650, 11, 12)  # the block changes them itself
    assert inside == (700, 11, 12), f"GcWatch() without a threshold changed the thresholds to {inside}; they should stay (700, 11, 12)"
    assert collector.get_threshold() == (650, 11, 12), (
        "A block inside GcWatch() set the thresholds to (650, 11, 12); GcWatch() without a "
        f"threshold should leave them so, not {collector.get_threshold()}: put thresholds back "
        "only when you changed them"
    )


def test_a_watch_can_be_used_twice():
    """The same GcWatch can watch a second block, and puts the thresholds back each time."""
    collector = subject_gc()
    before = collector.get_threshold()
    watch = GcWatch(threshold=77)
    with watch:
        pass
    collector.set_threshold(600, before[1], before[2])
    try:
        with watch:
            inside = collector.get_threshold()
        after = collector.get_threshold()
    finally:
        collector.set_threshold(*before)
    assert inside[0] == 77, f"The second time, the threshold inside should be 77 again, not {inside[0]}"
    assert after == (600, before[1], before[2]), (
        f"The second time, the thresholds should come back to what they were just before it, "
        f"(600, {before[1]}, {before[2]}), not {after}: read gc.get_threshold() in __enter__"
    )
