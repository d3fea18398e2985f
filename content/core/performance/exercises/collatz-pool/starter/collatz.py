"""Spread a CPU-bound job over worker processes, in chunks, keeping the order."""

from concurrent.futures import ProcessPoolExecutor

from collatz_steps import steps  # the work: a top-level function the workers can find


def chunk_size(count, workers):
    """About four chunks per worker: ceil(count / (4 * workers)), at least 1."""
    raise NotImplementedError("chunk_size is not written yet")


def all_steps(numbers, workers):
    """[steps(n) for n in numbers], worked out by `workers` processes, in the same order."""
    raise NotImplementedError("all_steps is not written yet")


if __name__ == "__main__":  # a process pool needs this guard where processes are spawned
    print(all_steps(list(range(1, 11)), 2))
