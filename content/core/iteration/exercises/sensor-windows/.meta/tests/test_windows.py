import itertools

import pytest

from windows import moving_averages, windows


class Sensor:
    """A sensor that sends the readings one at a time and counts how many were read.

    The readings repeat for ever, but it stops after `limit`, so that code which
    reads everything first fails with a clear message instead of running for ever.
    """

    def __init__(self, readings=(18, 20, 25, 21), limit=200):
        self._readings = itertools.islice(itertools.cycle(readings), limit)
        self.limit = limit
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        reading = next(self._readings)
        self.read += 1
        return reading


def given(result):
    """The result of windows() or moving_averages(), with a clear failure if it is None."""
    if result is None:
        pytest.fail(
            "The function gave back None: windows should yield each window (a generator "
            "function), and moving_averages should return a generator expression",
            pytrace=False,
        )
    return result


def taken(iterator, limit=50):
    """At most `limit` items of an iterator, with a clear failure if the code needs a list."""
    given(iterator)
    try:
        return list(itertools.islice(iterator, limit))
    except TypeError as error:
        if "len()" not in str(error) and "subscriptable" not in str(error):
            raise
        pytest.fail(
            f"Stopped with TypeError ({error}): the readings arrive one at a time, so they "
            "have no len() and no [index]; loop over them with for",
            pytrace=False,
        )


def test_windows_of_two():
    """Windows of two readings in a row, as tuples."""
    assert taken(windows([18, 20, 25, 21], 2)) == [(18, 20), (20, 25), (25, 21)], (
        "windows([18, 20, 25, 21], 2) should give (18, 20), (20, 25), (25, 21): each "
        "window a tuple, and each new reading one new window"
    )


def test_windows_of_three():
    """Windows of three readings, oldest first."""
    assert taken(windows([1, 2, 3, 4, 5], 3)) == [(1, 2, 3), (2, 3, 4), (3, 4, 5)], (
        "windows([1, 2, 3, 4, 5], 3) should give (1, 2, 3), (2, 3, 4), (3, 4, 5): the "
        "oldest reading drops out when a new one comes in"
    )
    assert taken(windows(range(3), 1)) == [(0,), (1,), (2,)], (
        "windows(range(3), 1) should give (0,), (1,), (2,): one reading per window"
    )


def test_too_few_readings():
    """No window until `size` readings have arrived."""
    assert taken(windows([18, 20], 3)) == [], "windows([18, 20], 3) should give nothing: a window needs 3 readings"
    assert taken(windows([18, 20, 25], 3)) == [(18, 20, 25)], (
        "windows([18, 20, 25], 3) should give exactly one window, (18, 20, 25)"
    )
    assert taken(windows([], 2)) == [], "windows([], 2) should give nothing"


def test_windows_read_lazily():
    """The first window reads `size` readings, every next window one more."""
    sensor = Sensor()
    stream = windows(sensor, 3)
    assert sensor.read == 0, (
        f"Calling windows(...) already read {sensor.read} readings: a generator function "
        "runs nothing until next() asks for the first window (use yield)"
    )
    assert taken(stream, 1) == [(18, 20, 25)], "The first window of 3 should be (18, 20, 25)"
    assert sensor.read == 3, (
        f"To give the first window of 3, windows read {sensor.read} readings of a stream of "
        f"{sensor.limit}: it should read 3, yield the window at once, and read on later"
    )
    assert taken(stream, 2) == [(20, 25, 21), (25, 21, 18)], (
        "The next two windows should be (20, 25, 21) and (25, 21, 18)"
    )
    assert sensor.read == 5, (
        f"After three windows of 3, windows should have read 5 readings, not {sensor.read}: "
        "each new window needs only one new reading"
    )


def test_moving_averages():
    """The average of each window."""
    assert taken(moving_averages([18, 20, 25, 21], 2)) == [19.0, 22.5, 23.0], (
        "moving_averages([18, 20, 25, 21], 2) should give 19.0, 22.5, 23.0: the sum of each "
        "window divided by the size (use /, which keeps the .5)"
    )
    assert taken(moving_averages([3, 6, 9, 12], 3)) == [6.0, 9.0], (
        "moving_averages([3, 6, 9, 12], 3) should give 6.0 and 9.0"
    )
    assert taken(moving_averages([5], 2)) == [], "moving_averages([5], 2) should give nothing: no full window"


def test_moving_averages_read_lazily():
    """moving_averages returns a generator that reads only what each average needs."""
    sensor = Sensor()
    averages = given(moving_averages(sensor, 2))
    assert not isinstance(averages, list), (
        "moving_averages should return a generator, not a list: use round brackets, "
        "(... for window in windows(readings, size))"
    )
    assert sensor.read == 0, (
        f"Calling moving_averages(...) already read {sensor.read} readings: it should "
        "compute nothing before the first average is asked for"
    )
    assert next(averages) == 19.0, "The first average of 18 and 20 should be 19.0"
    assert sensor.read == 2, (
        f"The first average of 2 readings should read 2 readings, not {sensor.read}"
    )
