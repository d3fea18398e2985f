from math import isqrt
from multiprocessing import Pool


def is_prime(n: int) -> bool:
    """True when n is a prime number. Slow on purpose: it tries every divisor up to the root."""
    if n < 2:
        return False
    for divisor in range(2, isqrt(n) + 1):
        if n % divisor == 0:
            return False
    return True


def count_primes(start: int, stop: int) -> int:
    """How many primes n there are with start <= n < stop."""
    return sum(1 for n in range(start, stop) if is_prime(n))


def split_range(stop: int, parts: int) -> list[tuple[int, int]]:
    """Cut range(0, stop) into `parts` pieces as (start, stop) pairs of nearly equal size."""
    return [(stop * i // parts, stop * (i + 1) // parts) for i in range(parts)]


def count_primes_parallel(stop: int, processes: int) -> int:
    """Count the primes below stop with a Pool of `processes` worker processes."""
    with Pool(processes) as pool:
        # starmap calls count_primes(start, stop) for each pair, in the worker processes.
        return sum(pool.starmap(count_primes, split_range(stop, processes)))
