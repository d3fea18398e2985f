import pytest
from stopwatch import Stopwatch


def fake_clock(*readings):
    """A clock that gives the readings one by one, and a list of the reads made so far."""
    reads = []

    def clock():
        reads.append(readings[len(reads)])
        return reads[-1]

    return clock, reads


def test_measures_a_block():
    """elapsed is the time between the start and the end of the block."""
    clock, reads = fake_clock(10.0, 12.5)
    watch = Stopwatch(clock=clock)
    with watch:
        pass
    assert watch.elapsed == 2.5, (
        "With a clock that reads 10.0 when the block starts and 12.5 when it ends, elapsed "
        "should be 2.5: read the clock in __enter__ and again in __exit__, and subtract"
    )


def test_reads_the_clock_at_start_and_end():
    """The clock is read when the block starts and when it ends, not when the stopwatch is made."""
    clock, reads = fake_clock(10.0, 12.5)
    watch = Stopwatch(clock=clock)
    assert reads == [], (
        "Making a Stopwatch should not read the clock: read it in __enter__, when the block "
        "starts, not in __init__"
    )
    with watch:
        assert reads == [10.0], "When the block starts, the clock should have been read once"
    assert reads == [10.0, 12.5], "When the block ends, the clock should have been read a second time"


def test_as_gives_the_stopwatch():
    """`with watch as timing` names the stopwatch itself."""
    clock, reads = fake_clock(1.0, 2.0)
    watch = Stopwatch(clock=clock)
    with watch as timing:
        pass
    assert timing is watch, (
        "`with watch as timing` should give the stopwatch itself: __enter__ should return self"
    )


def test_elapsed_is_none_until_a_block_ends():
    """elapsed is None before the first block ends."""
    clock, reads = fake_clock(1.0, 2.0)
    watch = Stopwatch(clock=clock)
    assert watch.elapsed is None, "A new Stopwatch should have elapsed = None"
    with watch:
        assert watch.elapsed is None, "elapsed should still be None inside the first block"


def test_measures_several_blocks():
    """The same stopwatch measures more blocks; total adds them up."""
    clock, reads = fake_clock(10.0, 12.5, 20.0, 21.25)
    watch = Stopwatch(clock=clock)
    assert watch.total == 0.0, "A new Stopwatch should have total = 0.0"
    with watch:
        pass
    with watch:
        pass
    assert watch.elapsed == 1.25, (
        "After a second block from 20.0 to 21.25, elapsed should be 1.25, the time of the "
        "last block"
    )
    assert watch.total == 3.75, (
        "After blocks of 2.5 and 1.25 seconds, total should be 3.75: add each block's time "
        "to total"
    )


def test_does_not_hide_errors():
    """An error raised in the block reaches the caller."""
    clock, reads = fake_clock(1.0, 2.0)
    with pytest.raises(ValueError):
        with Stopwatch(clock=clock):
            raise ValueError("bad reading")
        pytest.fail(
            "A ValueError raised inside the block should reach the caller: __exit__ should "
            "return False, never True, so that it does not hide errors"
        )


def test_real_clock_by_default():
    """Without a clock, it uses time.perf_counter."""
    watch = Stopwatch()
    with watch:
        sum(range(1000))
    assert type(watch.elapsed) is float, "With the default clock, elapsed should be a float"
    assert 0 <= watch.elapsed < 5, (
        "With the default clock (time.perf_counter), a tiny block should take between 0 and "
        "5 seconds"
    )
