import time
from collections import Counter
from math import comb

import pytest

import routes

BLOCKED = {(2, 3), (5, 1), (4, 6), (7, 7), (1, 8), (9, 2), (3, 10)}  # shelves on an 11 x 13 floor


def naive_count_routes(rows, cols, is_free):
    def routes_from(row, col):
        if row >= rows or col >= cols or not is_free(row, col):
            return 0
        if row == rows - 1 and col == cols - 1:
            return 1
        return routes_from(row + 1, col) + routes_from(row, col + 1)

    return routes_from(0, 0)


def floor(blocked):
    """An is_free(row, col) for a floor with these blocked cells, which counts the questions."""
    asked = Counter()

    def is_free(row, col):
        asked[row, col] += 1
        return (row, col) not in blocked

    return is_free, asked


def pretend_floor(blocked):
    """A fast is_free made on the learner's side by the starter's floors.py (no round trips)."""
    try:
        return routes.floors.with_shelves(*blocked)
    except AttributeError:
        pytest.fail(
            "Keep the line `import floors` at the top of routes.py: the checks reach the "
            "pretend floors through it",
            pytrace=False,
        )


_MEMO = []


def require_memo():
    """Before the big floors: a 6 x 7 floor where each cell must be asked about once. Without
    a cache the big floors would run for hours, so they stop here with this message."""
    if not _MEMO:
        is_free, asked = floor({(2, 2)})
        result = routes.count_routes(6, 7, is_free)
        cell, times = asked.most_common(1)[0]
        _MEMO.append((cell, times, result == naive_count_routes(6, 7, lambda r, c: (r, c) != (2, 2))))
    cell, times, right = _MEMO[0]
    if not right:
        pytest.fail(
            "count_routes does not count a 6 x 7 floor with one shelf right yet (see the other "
            "failing checks): the bigger floors wait until it does",
            pytrace=False,
        )
    if times > 1:
        pytest.fail(
            f"On a 6 x 7 floor, is_free was asked about cell {cell} {times} times: remember "
            "the answer for each cell (functools.cache on the recursive helper, with no "
            "maxsize) so that each cell is worked out once. The bigger floors are not tried "
            "until then",
            pytrace=False,
        )


def test_tiny_floors():
    """A 1 x 1 floor has one route; a 2 x 2 floor two; a 3 x 3 floor six."""
    before = None
    for rows, cols, expected in [(1, 1, 1), (2, 2, 2), (3, 3, 6), (1, 5, 1), (2, 3, 3)]:
        is_free, _asked = floor(set())
        result = routes.count_routes(rows, cols, is_free)
        assert result == expected, (
            f"count_routes({rows}, {cols}, is_free) on an empty floor should return {expected}, "
            f"not {result}"
            + (
                f": {result} is the answer for the floor asked just before ({before[0]} x "
                f"{before[1]}), so the cache outlived its floor. Make the cached helper inside "
                "count_routes, so that each call starts a new cache"
                if before and result == before[2]
                else ""
            )
        )
        before = (rows, cols, expected)


def test_shelves_block_routes():
    """Blocked cells cut the routes that go through them, the corners too."""
    is_free, _asked = floor({(1, 1)})
    assert routes.count_routes(3, 3, is_free) == 2, (
        "A 3 x 3 floor with the middle cell (1, 1) blocked has 2 routes: round the edge, one "
        "way or the other"
    )
    is_free, _asked = floor({(0, 0)})
    assert routes.count_routes(3, 3, is_free) == 0, (
        "If the start (0, 0) is blocked, count_routes should return 0"
    )
    is_free, _asked = floor({(2, 2)})
    assert routes.count_routes(3, 3, is_free) == 0, (
        "If the goal (rows - 1, cols - 1) is blocked, count_routes should return 0"
    )
    is_free, _asked = floor({(0, 1), (1, 0)})
    assert routes.count_routes(4, 4, is_free) == 0, (
        "If both cells next to the start are blocked, no route gets out: count_routes should return 0"
    )


def test_asks_about_each_cell_once():
    """is_free is slow (it asks the floor's sensors): it is asked about each cell at most once."""
    require_memo()
    is_free, asked = floor(BLOCKED)
    result = routes.count_routes(11, 13, is_free)
    assert result == naive_count_routes(11, 13, lambda r, c: (r, c) not in BLOCKED), (
        "count_routes(11, 13, is_free) on the floor with seven shelves should give the same "
        "count as the plain recursion"
    )
    cell, times = asked.most_common(1)[0]
    assert times == 1, (
        f"is_free was asked about cell {cell} {times} times: remember the answer for each "
        "cell (functools.cache on the recursive helper) so that each cell is worked out once"
    )
    outside = [cell for cell in asked if not (0 <= cell[0] < 11 and 0 <= cell[1] < 13)]
    assert not outside, f"is_free should be asked only about cells on the floor, not {outside[:3]}"


def test_each_floor_gets_its_own_answers():
    """Two different floors of the same size get their own answers: no answer from an earlier floor."""
    is_free, _asked = floor(set())
    assert routes.count_routes(4, 4, is_free) == 20, "An empty 4 x 4 floor has 20 routes"
    is_free, _asked = floor({(1, 1), (2, 2)})
    result = routes.count_routes(4, 4, is_free)
    assert result == 4, (
        f"A 4 x 4 floor with (1, 1) and (2, 2) blocked has 4 routes, but count_routes gave "
        f"{result}"
        + (
            ", the answer for the empty floor asked just before: the cache outlived its "
            "floor. Make the cached helper inside count_routes, so each call starts a new cache"
            if result == 20
            else ""
        )
    )


def test_a_big_floor():
    """A 60 x 60 empty floor: about 10**34 routes, found at once."""
    require_memo()
    result = routes.count_routes(60, 60, pretend_floor(set()))
    assert result == comb(118, 59), (
        "count_routes(60, 60, is_free) on an empty floor should return comb(118, 59): "
        "118 steps, 59 of them down"
    )
    is_free, asked = floor({(3, 4), (10, 2)})
    routes.count_routes(20, 25, is_free)
    cell, times = asked.most_common(1)[0]
    assert times == 1, (
        f"On a 20 x 25 floor, is_free was asked about cell {cell} {times} times: each cell "
        "should be worked out once (is your cache big enough? lru_cache(maxsize=...) throws "
        "answers away when it is full)"
    )


def test_is_fast(timed):
    """On an 11 x 13 floor, count_routes is at least 10 times faster than the plain recursion."""
    require_memo()
    free = lambda row, col: (row, col) not in BLOCKED  # noqa: E731
    times = []
    for _ in range(3):
        started = time.process_time()
        expected = naive_count_routes(11, 13, free)
        times.append(time.process_time() - started)
    naive = min(times)
    shelves = pretend_floor(BLOCKED)
    runs = [timed(routes.count_routes, 11, 13, shelves) for _ in range(3)]
    learner = min(run.cpu for run in runs)
    assert runs[-1].result == expected, f"count_routes(11, 13, is_free) should return {expected}"
    assert learner * 10 <= naive, (
        f"count_routes took {learner:.3f} s of CPU on the 11 x 13 floor; the plain "
        f"recursion takes {naive:.3f} s, and yours should take at most a tenth of that. "
        f"The plain recursion works out the same cells again and again ({expected} routes, "
        "each walked step by step): with a cache, each cell is worked out once"
    )
