from math import isqrt
from multiprocessing import Pool


def is_prime(n):
    """True when n is a prime number. Slow on purpose: it tries every divisor up to the root."""
    if n < 2:
        return False
    for divisor in range(2, isqrt(n) + 1):
        if n % divisor == 0:
            return False
    return True


def count_primes(start, stop):
    """How many primes n there are with start <= n < stop."""
    # Replace `pass` with your code.
    pass


def split_range(stop, parts):
    """Cut range(0, stop) into `parts` pieces as (start, stop) pairs of nearly equal size."""
    # Replace `pass` with your code.
    pass


def count_primes_parallel(stop, processes):
    """Count the primes below stop with a Pool of `processes` worker processes."""
    # Replace `pass` with your code.
    pass


if __name__ == "__main__":
    # Try it: compare the time of both lines with the `time` command or time.perf_counter().
    print(count_primes(0, 1_000_000))
    print(count_primes_parallel(1_000_000, 4))
