import primes


def test_is_prime_is_kept_as_it_was():
    """is_prime still answers True or False, as in the starter."""
    for number, answer in [(1, False), (2, True), (9, False), (7, True), (0, False)]:
        assert primes.is_prime(number) is answer, (
            f"is_prime({number}) should return {answer}: keep the starter's is_prime as it was"
        )


def test_count_primes_in_small_ranges():
    """count_primes counts the primes from start up to, but not including, stop."""
    assert primes.count_primes(13, 17) == 1, (
        "count_primes(13, 17) should return 1: 13 counts, 17 does not (stop is left out, as in range)"
    )
    assert primes.count_primes(0, 30) == 10, (
        "count_primes(0, 30) should return 10: 2, 3, 5, 7, 11, 13, 17, 19, 23 and 29"
    )
    assert primes.count_primes(10, 20) == 4, "count_primes(10, 20) should return 4: 11, 13, 17 and 19"
    assert primes.count_primes(0, 100) == 25, "count_primes(0, 100) should return 25"
    assert primes.count_primes(2, 3) == 1, "count_primes(2, 3) should return 1: 2 is a prime"
    assert primes.count_primes(0, 2) == 0, "count_primes(0, 2) should return 0: 0 and 1 are not primes"
    assert primes.count_primes(24, 28) == 0, "count_primes(24, 28) should return 0"


def test_split_range_into_equal_pieces():
    """split_range cuts range(0, stop) into `parts` (start, stop) pairs of nearly equal size."""
    assert primes.split_range(12, 4) == [(0, 3), (3, 6), (6, 9), (9, 12)], (
        "split_range(12, 4) should return [(0, 3), (3, 6), (6, 9), (9, 12)]"
    )
    assert primes.split_range(10, 3) == [(0, 3), (3, 6), (6, 10)], (
        "split_range(10, 3) should return [(0, 3), (3, 6), (6, 10)]: the pieces start at "
        "stop * i // parts, so the last piece gets the extra number"
    )
    assert primes.split_range(7, 1) == [(0, 7)], "split_range(7, 1) should return [(0, 7)]: one piece, all of it"
    assert primes.split_range(5, 2) == [(0, 2), (2, 5)], "split_range(5, 2) should return [(0, 2), (2, 5)]"


def test_parallel_count_is_right():
    """count_primes_parallel gives the same answers as counting in one go."""
    assert primes.count_primes_parallel(100, 3) == 25, (
        "count_primes_parallel(100, 3) should return 25, the primes below 100"
    )
    assert primes.count_primes_parallel(30, 1) == 10, (
        "count_primes_parallel(30, 1) should return 10, with a single worker process"
    )
    assert primes.count_primes_parallel(1000, 4) == 168, "count_primes_parallel(1000, 4) should return 168"


def test_the_counting_runs_in_other_processes(timed):
    """The heavy counting happens in the worker processes, not in your own process."""
    alone = timed(primes.count_primes, 0, 200_000)
    shared = timed(primes.count_primes_parallel, 200_000, 2)
    assert shared.result == alone.result == 17984, (
        "There are 17984 primes below 200000: count_primes(0, 200000) and "
        "count_primes_parallel(200000, 2) should both return 17984"
    )
    assert shared.cpu < 0.5 * alone.cpu, (
        f"Your own process spent {shared.cpu:.2f} s of CPU in count_primes_parallel, about as "
        f"much as counting alone ({alone.cpu:.2f} s): the work did not go to other processes. "
        "Threads share one process and the GIL; use multiprocessing.Pool and hand "
        "count_primes to pool.starmap"
    )
