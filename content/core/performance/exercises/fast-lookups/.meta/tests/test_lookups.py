import random
import time

import pytest

import lookups

RNG = random.Random(2024)
TODAY = [RNG.randrange(20000) for _ in range(5000)]
KNOWN = [RNG.randrange(20000) for _ in range(3000)]
PRICES = [RNG.randrange(1, 400) for _ in range(3000)]
TARGET = 401


def naive_new_visitors(today, known):
    result = []
    for visitor in today:
        if visitor not in known and visitor not in result:
            result.append(visitor)
    return result


def naive_pairs_with_sum(prices, target):
    count = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            if prices[i] + prices[j] == target:
                count += 1
    return count


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


def small_visitors_right():
    return lookups.new_visitors([5, 3, 5, 8, 1, 3, 9], [1, 2, 9]) == [5, 3, 8] and lookups.new_visitors([4, 4, 4], []) == [4]


def small_pairs_right():
    return (
        lookups.pairs_with_sum([1, 4, 3, 2], 5) == 2
        and lookups.pairs_with_sum([2, 2, 2], 4) == 3
        and lookups.pairs_with_sum([5, 1, 5, 1, 7], 6) == 4
    )


def small_first(right, what):
    """Before a big, timed run: the small examples must be right (mutants and wrong answers
    fail here at once, without paying for the naive version)."""
    if not right:
        pytest.fail(
            f"{what} does not give the right answers on the small examples yet (see the other "
            "failing checks): the timing waits until it does",
            pytrace=False,
        )


def test_new_visitors_small():
    """new_visitors keeps the order of first visits, drops known ids and repeats."""
    result = lookups.new_visitors([5, 3, 5, 8, 1, 3, 9], [1, 2, 9])
    assert result == [5, 3, 8], (
        "new_visitors([5, 3, 5, 8, 1, 3, 9], [1, 2, 9]) should return [5, 3, 8]: in the order "
        "they first came, each id once, without the known ids 1 and 9"
    )
    assert lookups.new_visitors([], [1, 2]) == [], "new_visitors([], [1, 2]) should return []"
    assert lookups.new_visitors([4, 4, 4], []) == [4], (
        "new_visitors([4, 4, 4], []) should return [4]: a visitor who comes three times is new once"
    )
    assert lookups.new_visitors([7, 2], [7, 2]) == [], (
        "new_visitors([7, 2], [7, 2]) should return []: everyone today is known"
    )


def test_new_visitors_does_not_change_its_arguments():
    """new_visitors leaves the two lists it was given as they were."""
    today, known = [3, 1, 3, 2], [2]
    lookups.new_visitors(today, known)
    assert today == [3, 1, 3, 2] and known == [2], (
        "new_visitors should not change the lists it is given: build a new list and a new set"
    )


def test_new_visitors_large():
    """new_visitors gives the same answer as the slow version on 5000 visits."""
    small_first(small_visitors_right(), "new_visitors")
    expected = naive_run(naive_new_visitors, TODAY, KNOWN)[1]
    assert lookups.new_visitors(TODAY, KNOWN) == expected, (
        "new_visitors(today, known) on 5000 random visits should give the same list as the "
        "starter's slow version: same ids, same order"
    )


def test_new_visitors_is_fast(timed):
    """new_visitors is at least 10 times faster than the slow version on the same data."""
    small_first(small_visitors_right(), "new_visitors")
    naive, expected = naive_run(naive_new_visitors, TODAY, KNOWN)
    learner, result = best_learner_cpu(timed, lookups.new_visitors, TODAY, KNOWN)
    assert result == expected, (
        "new_visitors should give the same answer as the slow version on 5000 visits"
    )
    assert learner * 10 <= naive, (
        f"new_visitors took {learner:.3f} s of CPU on 5000 visits; the slow version takes "
        f"{naive:.3f} s, and yours should take at most a tenth of that. `x in some_list` "
        "looks at every item, one by one: put the known ids, and the ones already taken, "
        "in a set, where `in` is one step"
    )


def test_pairs_small():
    """pairs_with_sum counts each pair of positions once."""
    assert lookups.pairs_with_sum([1, 4, 3, 2], 5) == 2, (
        "pairs_with_sum([1, 4, 3, 2], 5) should return 2: 1 + 4 and 3 + 2"
    )
    assert lookups.pairs_with_sum([2, 2, 2], 4) == 3, (
        "pairs_with_sum([2, 2, 2], 4) should return 3: the pairs of positions (0, 1), (0, 2) "
        "and (1, 2). A price may not be paired with itself, and equal prices at different "
        "positions count"
    )
    assert lookups.pairs_with_sum([3], 6) == 0, (
        "pairs_with_sum([3], 6) should return 0: one price alone makes no pair"
    )
    assert lookups.pairs_with_sum([], 1) == 0, "pairs_with_sum([], 1) should return 0"
    assert lookups.pairs_with_sum([5, 1, 5, 1, 7], 6) == 4, (
        "pairs_with_sum([5, 1, 5, 1, 7], 6) should return 4: each 5 with each 1"
    )
    assert lookups.pairs_with_sum([1, 2, 3], 10) == 0, "pairs_with_sum([1, 2, 3], 10) should return 0"


def test_pairs_large():
    """pairs_with_sum gives the same count as the slow version on 3000 prices."""
    small_first(small_pairs_right(), "pairs_with_sum")
    expected = naive_run(naive_pairs_with_sum, PRICES, TARGET)[1]
    assert lookups.pairs_with_sum(PRICES, TARGET) == expected, (
        f"pairs_with_sum on 2000 random prices with target {TARGET} should return {expected}, "
        "like the starter's slow version"
    )


def test_pairs_is_fast(timed):
    """pairs_with_sum is at least 10 times faster than the slow version on the same data."""
    small_first(small_pairs_right(), "pairs_with_sum")
    naive, expected = naive_run(naive_pairs_with_sum, PRICES, TARGET)
    learner, result = best_learner_cpu(timed, lookups.pairs_with_sum, PRICES, TARGET)
    assert result == expected, (
        "pairs_with_sum should give the same answer as the slow version on 3000 prices"
    )
    assert learner * 10 <= naive, (
        f"pairs_with_sum took {learner:.3f} s of CPU on 3000 prices; the slow version takes "
        f"{naive:.3f} s, and yours should take at most a tenth of that. Two nested loops "
        "look at every pair: about 4.5 million for 3000 prices. Walk the prices once instead, "
        "and count in a dict (or a Counter) how many of each price you have seen: a price p "
        "makes a pair with each earlier target - p"
    )
