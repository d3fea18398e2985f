import math
import time

import numpy as np
import pytest

import stores

RNG = np.random.default_rng(10)
CUST_X, CUST_Y = RNG.uniform(0, 50, 8000), RNG.uniform(0, 50, 8000)  # 8000 customers in a 50 km square
SHOP_X, SHOP_Y = RNG.uniform(0, 50, 120), RNG.uniform(0, 50, 120)  # and 120 stores
RADIUS = 4.0

# A small town: stores A (0, 0), B (10, 0), C (0, 10)
TOWN_SHOPS = (np.array([0.0, 10.0, 0.0]), np.array([0.0, 0.0, 10.0]))
TOWN_PEOPLE = (np.array([1.0, 9.0, 2.0, 6.0, -4.0, 3.0]), np.array([1.0, 2.0, 8.0, 5.0, 9.0, 0.0]))


def naive_nearest(cust_x, cust_y, store_x, store_y):
    shops = list(zip(store_x.tolist(), store_y.tolist()))
    result = []
    for x, y in zip(cust_x.tolist(), cust_y.tolist()):
        best, best_index = math.inf, 0
        for index, (sx, sy) in enumerate(shops):
            squared = (x - sx) ** 2 + (y - sy) ** 2
            if squared < best:
                best, best_index = squared, index
        result.append(best_index)
    return np.array(result)


def naive_customers_within(cust_x, cust_y, store_x, store_y, radius):
    people = list(zip(cust_x.tolist(), cust_y.tolist()))
    counts = []
    for sx, sy in zip(store_x.tolist(), store_y.tolist()):
        count = 0
        for x, y in people:
            if (x - sx) ** 2 + (y - sy) ** 2 <= radius**2:
                count += 1
        counts.append(count)
    return np.array(counts)


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


def as_array(result, call, length):
    assert isinstance(result, np.ndarray), (
        f"{call} should return a NumPy array, not {type(result).__name__}: build it from "
        "array expressions (broadcasting, .argmin(axis=...), .sum(axis=...)), not a list"
    )
    assert result.shape == (length,), (
        f"{call} should return {length} numbers (shape ({length},)), not shape {result.shape}: "
        "check the axis you reduce along (axis=1 for each customer, axis=0 for each store)"
    )
    assert np.issubdtype(result.dtype, np.integer), (
        f"{call} should return whole numbers (an integer array), not {result.dtype}"
    )
    return result


def _small_nearest_right():
    result = stores.nearest(*TOWN_PEOPLE, *TOWN_SHOPS)
    return isinstance(result, np.ndarray) and result.tolist() == [0, 1, 2, 1, 2, 0]


def _small_within_right():
    result = stores.customers_within(*TOWN_PEOPLE, *TOWN_SHOPS, 3.0)
    return isinstance(result, np.ndarray) and result.tolist() == [2, 1, 1]


def small_first(right, what):
    """Before a big, timed run: the small examples must be right (mutants and wrong answers
    fail here at once, without paying for the naive version)."""
    if not right:
        pytest.fail(
            f"{what} does not give the right answers on the small examples yet (see the other "
            "failing checks): the timing waits until it does",
            pytrace=False,
        )


def test_nearest_in_a_small_town():
    """nearest gives, for each customer, the index of the closest store."""
    result = as_array(stores.nearest(*TOWN_PEOPLE, *TOWN_SHOPS), "nearest(...) for 6 customers", 6)
    assert result.tolist() == [0, 1, 2, 1, 2, 0], (
        "With stores at (0, 0), (10, 0) and (0, 10), the customers at (1, 1), (9, 2), (2, 8), "
        "(6, 5), (-4, 9) and (3, 0) should get [0, 1, 2, 1, 2, 0]: for each customer, the "
        "index of the store with the smallest distance (argmin along axis=1, the stores)"
    )


def test_nearest_uses_both_coordinates():
    """A store that is close in x but far in y is not the nearest."""
    result = as_array(
        stores.nearest(np.array([5.0]), np.array([9.0]), np.array([5.0, 0.0]), np.array([0.0, 9.0])),
        "nearest(...) for one customer",
        1,
    )
    assert result.tolist() == [1], (
        "A customer at (5, 9) with stores at (5, 0) and (0, 9) should get [1]: store 1 is 5 km "
        "away, store 0 is 9 km away. Use dx**2 + dy**2, both coordinates"
    )


def test_nearest_ties_go_to_the_first_store():
    """A customer exactly as far from two stores goes to the one listed first."""
    result = as_array(
        stores.nearest(np.array([2.0]), np.array([0.0]), np.array([4.0, 0.0, 2.0]), np.array([0.0, 0.0, 2.0])),
        "nearest(...) for one customer",
        1,
    )
    assert result.tolist() == [0], (
        "A customer at (2, 0) with stores at (4, 0), (0, 0) and (2, 2) is 2 km from all three: "
        "it should get [0], the first one (argmin returns the first smallest)"
    )


def test_nearest_is_fast(timed):
    """nearest for 8000 customers and 120 stores matches the loops and is at least 3 times faster."""
    small_first(_small_nearest_right(), "nearest")
    naive, expected = naive_run(naive_nearest, CUST_X, CUST_Y, SHOP_X, SHOP_Y)
    learner, result = best_learner_cpu(timed, stores.nearest, CUST_X, CUST_Y, SHOP_X, SHOP_Y)
    result = as_array(result, "nearest(...) for 8000 customers", 8000)
    assert (result == expected).all(), (
        "nearest for 8000 random customers and 120 stores should give the same indices as two "
        "Python loops"
    )
    assert learner * 3 <= naive, (
        f"nearest took {learner:.3f} s of CPU for 8000 customers; two Python loops take "
        f"{naive:.3f} s, and yours should take at most a third of that. Do not loop in "
        "Python: cust_x[:, np.newaxis] - store_x has shape (8000, 120), every customer "
        "against every store at once"
    )


def test_customers_within_a_small_town():
    """customers_within counts, for each store, the customers at most radius km away."""
    result = as_array(
        stores.customers_within(*TOWN_PEOPLE, *TOWN_SHOPS, 3.0), "customers_within(..., 3.0)", 3
    )
    assert result.tolist() == [2, 1, 1], (
        "With stores at (0, 0), (10, 0) and (0, 10) and a radius of 3 km, the counts should be "
        "[2, 1, 1]: (1, 1) and (3, 0) for the first store, (9, 2) for the second, (2, 8) for "
        "the third. One count per store: add up along axis=0 (the customers)"
    )


def test_customers_within_counts_the_edge():
    """A customer exactly radius km away counts; the radius is a distance, not a squared one."""
    result = as_array(
        stores.customers_within(np.array([3.0, 0.0, 5.0]), np.array([4.0, 5.0, 0.1]), np.array([0.0]), np.array([0.0]), 5.0),
        "customers_within(..., 5.0)",
        1,
    )
    assert result.tolist() == [2], (
        "Customers at (3, 4), (0, 5) and (5, 0.1) with a store at (0, 0) and a radius of 5: "
        "the first two are exactly 5 km away and count, the third is just outside, so [2]. "
        "Compare the squared distance with radius ** 2, with <="
    )


def test_customers_within_is_fast(timed):
    """customers_within for 8000 customers and 120 stores matches the loops and is at least 3 times faster."""
    small_first(_small_within_right(), "customers_within")
    naive, expected = naive_run(naive_customers_within, CUST_X, CUST_Y, SHOP_X, SHOP_Y, RADIUS)
    learner, result = best_learner_cpu(timed, stores.customers_within, CUST_X, CUST_Y, SHOP_X, SHOP_Y, RADIUS)
    result = as_array(result, "customers_within(...) for 120 stores", 120)
    if not (result == expected).all():
        pytest.fail(
            f"customers_within for 8000 random customers, 120 stores and a radius of {RADIUS} km "
            f"should give the same counts as two Python loops: {expected[:5].tolist()} for the "
            f"first five stores, not {result[:5].tolist()}",
            pytrace=False,
        )
    assert learner * 3 <= naive, (
        f"customers_within took {learner:.3f} s of CPU; two Python loops take {naive:.3f} s, "
        "and yours should take at most a third of that. Build the (8000, 120) grid of "
        "squared distances with broadcasting, compare it with radius ** 2 and add up each "
        "column"
    )
