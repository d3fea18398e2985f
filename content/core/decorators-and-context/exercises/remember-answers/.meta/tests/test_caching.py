import pytest
from caching import memoize, ways_to_climb


def counted(compute):
    """A function that computes with compute(*args) and writes down every real call."""
    calls = []

    def work(*args):
        calls.append(args)
        return compute(*args)

    return work, calls


def test_returns_the_answer():
    """The first call runs the function and returns its result."""
    square, calls = counted(lambda n: n * n)
    assert memoize(square)(4) == 16, "memoize(square)(4) should return 16, what square(4) returns"
    assert calls == [(4,)], "The first call with 4 should run square(4) once"


def test_same_arguments_do_not_run_again():
    """A second call with the same arguments is answered from the cache."""
    square, calls = counted(lambda n: n * n)
    cached_square = memoize(square)
    results = [cached_square(9), cached_square(9), cached_square(9)]
    assert results == [81, 81, 81], "Three calls with 9 should all return 81"
    assert calls == [(9,)], (
        "Three calls with 9 should run square exactly once: keep the answer in a dictionary "
        "and hand it back the next time"
    )


def test_counts_hits_and_misses():
    """hits and misses start at 0 and count the calls."""
    square, calls = counted(lambda n: n * n)
    cached_square = memoize(square)
    assert (cached_square.hits, cached_square.misses) == (0, 0), (
        "Before the first call, hits and misses should both be 0: set wrapper.hits = 0 and "
        "wrapper.misses = 0 before returning the wrapper"
    )
    for n in [11, 11, 12, 11, 13]:
        cached_square(n)
    assert (cached_square.hits, cached_square.misses) == (2, 3), (
        "After calls with 11, 11, 12, 11, 13 there should be 2 hits (the second and third 11) "
        "and 3 misses (the first 11, 12 and 13)"
    )


def test_every_argument_counts():
    """The key is all the positional arguments, in order."""
    power, calls = counted(lambda base, exponent: base**exponent)
    cached_power = memoize(power)
    assert (cached_power(2, 3), cached_power(3, 2)) == (8, 9), (
        "cached_power(2, 3) should return 8 and cached_power(3, 2) should return 9: use the "
        "whole tuple of arguments, args, as the key"
    )
    assert cached_power.misses == 2, "(2, 3) and (3, 2) are different arguments: 2 misses"


def test_zero_and_none_are_answers_too():
    """A result of 0 or None is kept like any other."""
    zero, zero_calls = counted(lambda n: 0)
    nothing, nothing_calls = counted(lambda n: None)
    cached_zero = memoize(zero)
    cached_nothing = memoize(nothing)
    cached_zero(7)
    cached_zero(7)
    cached_nothing(8)
    cached_nothing(8)
    assert (len(zero_calls), len(nothing_calls)) == (1, 1), (
        "A result of 0 or None should be kept too, and the second call answered from the cache: "
        "ask `args in answers`, because answers.get(args) is falsy for 0 and None"
    )
    assert (cached_zero.hits, cached_nothing.hits) == (1, 1), "Each second call should be a hit"


def test_each_function_has_its_own_cache():
    """Two decorated functions never share answers or counts."""
    square, square_calls = counted(lambda n: n * n)
    double, double_calls = counted(lambda n: n * 2)
    cached_square = memoize(square)
    cached_double = memoize(double)
    assert (cached_square(5), cached_double(5)) == (25, 10), (
        "With memoize on square and on double, square(5) should give 25 and double(5) 10: "
        "each decorated function needs its own dictionary (make it inside memoize)"
    )
    assert (cached_square.misses, cached_double.misses) == (1, 1), (
        "Each decorated function should count its own misses"
    )


def test_keeps_the_original():
    """functools.wraps: __wrapped__ is the original function."""
    square, calls = counted(lambda n: n * n)
    assert memoize(square).__wrapped__ is square, (
        "The decorated function's __wrapped__ should be the original: put "
        "@functools.wraps(func) above def wrapper"
    )


def test_ways_to_climb_small():
    """Counts the ways for small staircases."""
    assert [ways_to_climb(n) for n in range(7)] == [1, 1, 2, 3, 5, 8, 13], (
        "ways_to_climb(0) to ways_to_climb(6) should be 1, 1, 2, 3, 5, 8, 13: 1 way for 0 and "
        "1 step, and for more steps the ways from one step below plus the ways from two below"
    )


def test_ways_to_climb_uses_lru_cache():
    """ways_to_climb is decorated with functools.lru_cache, so big staircases are quick."""
    if not hasattr(ways_to_climb, "cache_info"):
        pytest.fail(
            "ways_to_climb should be decorated with @functools.lru_cache(maxsize=None): "
            "without a cache, ways_to_climb(200) would take longer than the age of the universe"
        )
    ways_to_climb.cache_clear()
    assert ways_to_climb(200) == 453973694165307953197296969697410619233826, (
        "ways_to_climb(200) should be 453973694165307953197296969697410619233826"
    )
    ways_to_climb(200)
    assert ways_to_climb.cache_info().hits > 0, (
        "Asking for ways_to_climb(200) a second time should be a cache hit"
    )
