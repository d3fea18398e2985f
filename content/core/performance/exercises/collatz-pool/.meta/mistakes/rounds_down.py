"""Spread a CPU-bound job over worker processes, in chunks, keeping the order."""

from concurrent.futures import ProcessPoolExecutor

from collatz_steps import steps  # the work: a top-level function the workers can find


def chunk_size(count, workers):
    """About four chunks per worker: ceil(count / (4 * workers)), at least 1."""
    return max(1, count // (4 * workers))


def all_steps(numbers, workers):
    """[steps(n) for n in numbers], worked out by `workers` processes, in the same order."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(steps, numbers, chunksize=chunk_size(len(numbers), workers)))
