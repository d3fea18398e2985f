import itertools

import pytest

from countdown import Countdown, CountdownIterator


def first_items(iterable, limit=10):
    """At most `limit` items, so that an iterator that never stops cannot hang the test."""
    return list(itertools.islice(iterable, limit))


def test_iterator_counts_down_and_stops():
    """CountdownIterator(3) gives 3, 2, 1 and then stops."""
    assert first_items(CountdownIterator(3)) == [3, 2, 1], (
        "CountdownIterator(3) should give 3, 2, 1 and then stop: after 1, __next__ should "
        "raise StopIteration (not return None, and not go on to 0)"
    )
    assert first_items(CountdownIterator(1)) == [1], "CountdownIterator(1) should give only 1"


def test_next_by_hand():
    """next() gives one number at a time, then raises StopIteration, again and again."""
    ticks = CountdownIterator(2)
    assert next(ticks) == 2, "The first next() on CountdownIterator(2) should give 2"
    assert next(ticks) == 1, "The second next() on CountdownIterator(2) should give 1"
    for attempt in ("third", "fourth"):
        with pytest.raises(StopIteration):
            value = next(ticks)
            pytest.fail(
                f"The {attempt} next() on CountdownIterator(2) should raise StopIteration, "
                f"but it gave {value!r}",
                pytrace=False,
            )


def test_iterator_is_its_own_iterator():
    """iter() on a CountdownIterator gives the same object back."""
    ticks = CountdownIterator(3)
    assert iter(ticks) is ticks, (
        "iter(ticks) should give back ticks itself: an iterator's __iter__ returns self"
    )


def test_iterator_is_used_up_after_one_pass():
    """A CountdownIterator is empty after one loop, like every iterator."""
    ticks = CountdownIterator(3)
    assert first_items(ticks) == [3, 2, 1], "The first loop over CountdownIterator(3) should give 3, 2, 1"
    assert first_items(ticks) == [], (
        "A second loop over the same CountdownIterator should give nothing: an iterator "
        "keeps its position, it is used up after one pass"
    )


@pytest.mark.parametrize("start", [0, -2])
def test_nothing_to_count(start):
    """A start of 0 or less gives no numbers at all."""
    assert first_items(CountdownIterator(start)) == [], (
        f"CountdownIterator({start}) should give nothing: there is nothing to count down"
    )
    assert first_items(Countdown(start)) == [], f"Countdown({start}) should give nothing"


def test_countdown_can_be_looped_twice():
    """Every loop over a Countdown starts again from the top."""
    launch = Countdown(3)
    assert first_items(launch) == [3, 2, 1], "list(Countdown(3)) should be [3, 2, 1]"
    assert first_items(launch) == [3, 2, 1], (
        "A second loop over the same Countdown(3) should give 3, 2, 1 again: Countdown's "
        "__iter__ should return a new CountdownIterator every time, not self"
    )
    assert first_items(Countdown(5)) == [5, 4, 3, 2, 1], "list(Countdown(5)) should be [5, 4, 3, 2, 1]"


def test_two_loops_at_once():
    """Two iterators of one Countdown move on their own."""
    launch = Countdown(3)
    first, second = iter(launch), iter(launch)
    assert first is not second, (
        "iter() on a Countdown should give a new iterator every time, so two loops can run at once"
    )
    assert (next(first), next(first)) == (3, 2), "The first iterator should give 3, then 2"
    assert next(second) == 3, (
        "A second iterator of the same Countdown should start at 3 again, even while the "
        "first one is half-way"
    )
    assert next(first) == 1, "The first iterator should carry on with 1, not disturbed by the second"
