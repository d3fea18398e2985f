import time

import numpy as np
import pytest

import smoothing

RNG = np.random.default_rng(5)
SIGNAL = np.cumsum(RNG.normal(size=20_000))  # a random walk: 20 000 readings of a sensor
WINDOW = 300
TABLE = np.column_stack([RNG.normal(170, 9, 500), RNG.uniform(0, 1, 500), np.full(500, 3.5), RNG.integers(0, 100, 500)])


def naive_moving_average(values, window):
    values = values.tolist()
    result = []
    for start in range(len(values) - window + 1):
        total = 0.0
        for index in range(start, start + window):
            total += values[index]
        result.append(total / window)
    return np.array(result)


def naive_normalise(table):
    rows, columns = table.shape
    result = np.zeros((rows, columns))
    for column in range(columns):
        values = table[:, column].tolist()
        mean = sum(values) / rows
        spread = (sum((value - mean) ** 2 for value in values) / rows) ** 0.5
        for row in range(rows):
            result[row, column] = (values[row] - mean) / spread if spread > 0 else 0.0
    return result


_NAIVE = {}


def naive_run(function, *args):
    """(best CPU time of 3 runs here, result) of a naive version, measured once per check."""
    if function not in _NAIVE:
        times = []
        for _ in range(3):
            started = time.process_time()
            result = function(*args)
            times.append(time.process_time() - started)
        _NAIVE[function] = (min(times), result)
    return _NAIVE[function]


def best_learner_cpu(timed, function, *args):
    """The learner's CPU time, best of 3 runs, and the result of the last."""
    runs = [timed(function, *args) for _ in range(3)]
    return min(run.cpu for run in runs), runs[-1].result


def as_array(result, call, shape):
    assert isinstance(result, np.ndarray), (
        f"{call} should return a NumPy array, not {type(result).__name__}"
    )
    assert result.shape == shape, f"{call} should return an array of shape {shape}, not {result.shape}"
    return result


def small_first(right, what):
    """Before a big, timed run: the small examples must be right (mutants and wrong answers
    fail here at once, without paying for the naive version)."""
    if not right:
        pytest.fail(
            f"{what} does not give the right answers on the small examples yet (see the other "
            "failing checks): the timing waits until it does",
            pytrace=False,
        )


def test_moving_average_small():
    """moving_average gives the mean of each window, one per possible start."""
    result = as_array(smoothing.moving_average(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), 2), "moving_average([1, 2, 3, 4, 5], 2)", (4,))
    assert np.allclose(result, [1.5, 2.5, 3.5, 4.5]), (
        "moving_average([1, 2, 3, 4, 5], 2) should be [1.5, 2.5, 3.5, 4.5]: the means of "
        "[1, 2], [2, 3], [3, 4] and [4, 5]"
    )
    result = as_array(smoothing.moving_average(np.array([2.0, 9.0, 4.0, 1.0, 6.0, 8.0]), 3), "moving_average([2, 9, 4, 1, 6, 8], 3)", (4,))
    assert np.allclose(result, [5.0, 14 / 3, 11 / 3, 5.0]), (
        "moving_average([2, 9, 4, 1, 6, 8], 3) should be [5, 4.667, 3.667, 5]: the first "
        "window is [2, 9, 4], the last [1, 6, 8]"
    )


def test_moving_average_edges():
    """A window of 1 gives the values back; a window as long as the data gives one mean."""
    values = np.array([4.0, -2.0, 7.0])
    one = as_array(smoothing.moving_average(values, 1), "moving_average([4, -2, 7], 1)", (3,))
    assert np.allclose(one, [4.0, -2.0, 7.0]), "moving_average([4, -2, 7], 1) should be [4, -2, 7]"
    whole = as_array(smoothing.moving_average(values, 3), "moving_average([4, -2, 7], 3)", (1,))
    assert np.allclose(whole, [3.0]), "moving_average([4, -2, 7], 3) should be [3.0], the mean of all three"
    ints = as_array(smoothing.moving_average(np.array([1, 2, 3, 4]), 2), "moving_average of integers", (3,))
    assert np.allclose(ints, [1.5, 2.5, 3.5]), (
        "moving_average(np.array([1, 2, 3, 4]), 2) should be [1.5, 2.5, 3.5]: integers in, "
        "floats out (mean of 1 and 2 is 1.5)"
    )


@pytest.mark.parametrize("window", [0, 4, -1])
def test_moving_average_refuses_a_bad_window(window):
    """A window below 1 or longer than the data raises ValueError("window must be between 1 and n")."""
    try:
        smoothing.moving_average(np.array([1.0, 2.0, 3.0]), window)
    except ValueError as error:
        assert "window must be between 1 and 3" in str(error), (
            f"moving_average([1, 2, 3], {window}) raised ValueError({str(error)!r}); the message "
            "should be 'window must be between 1 and 3' (3 is the number of values). Check the "
            "window yourself, before any array work"
        )
    else:
        pytest.fail(
            f"moving_average([1, 2, 3], {window}) should raise ValueError('window must be between "
            "1 and 3'): the window must be between 1 and the number of values",
            pytrace=False,
        )


def test_moving_average_is_fast(timed):
    """moving_average on 20 000 values with a window of 300 matches the loop and is at least 10 times faster."""
    small = smoothing.moving_average(np.array([2.0, 9.0, 4.0, 1.0, 6.0, 8.0]), 3)
    right = isinstance(small, np.ndarray) and small.shape == (4,) and np.allclose(small, [5.0, 14 / 3, 11 / 3, 5.0])
    small_first(right, "moving_average")
    naive, expected = naive_run(naive_moving_average, SIGNAL, WINDOW)
    learner, result = best_learner_cpu(timed, smoothing.moving_average, SIGNAL, WINDOW)
    result = as_array(result, "moving_average(signal, 300)", expected.shape)
    assert np.allclose(result, expected), (
        "moving_average on 20 000 random readings with a window of 300 should give the same "
        "means as a Python loop"
    )
    assert learner * 10 <= naive, (
        f"moving_average took {learner:.3f} s of CPU; the Python loop takes {naive:.3f} s, and "
        "yours should take at most a tenth of that. A loop over the windows runs 19 701 "
        "times, even with np.mean inside: use np.cumsum once, and every window's sum is the "
        "difference of two running totals"
    )


def test_normalise_small():
    """normalise gives each column mean 0 and standard deviation 1."""
    table = np.array([[1.0, 10.0], [3.0, 20.0], [5.0, 60.0]])
    result = as_array(smoothing.normalise(table), "normalise of a 3 x 2 table", (3, 2))
    expected = [[-1.224744871, -0.9258200998], [0.0, -0.4629100499], [1.224744871, 1.3887301497]]
    assert np.allclose(result, expected), (
        "normalise([[1, 10], [3, 20], [5, 60]]) should be about [[-1.2247, -0.9258], [0, -0.4629], "
        "[1.2247, 1.3887]]: from each COLUMN subtract its mean (axis=0) and divide by its "
        "standard deviation (np.std, which divides by n)"
    )


def test_normalise_constant_column():
    """A column whose values are all equal becomes 0s (not nan)."""
    result = as_array(smoothing.normalise(TABLE), "normalise of a 500 x 4 table", (500, 4))
    assert not np.isnan(result).any(), (
        "normalise gave nan: a column whose values are all equal has a standard deviation of "
        "0, and 0 / 0 is nan. Such a column should become all 0s (np.where or np.divide with where=)"
    )
    expected = naive_normalise(TABLE)
    assert np.allclose(result, expected), (
        "normalise of a 500 x 4 table (heights, fractions, a constant column, integers) should "
        "give each column mean 0 and standard deviation 1, and 0s for the constant column"
    )
    assert np.allclose(result.mean(axis=0), 0) and np.allclose(result[:, [0, 1, 3]].std(axis=0), 1), (
        "After normalise, every column should have mean 0 and standard deviation 1"
    )
