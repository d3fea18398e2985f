"""A lazy pipeline over a web server's access log: one line in memory at a time."""

import itertools

import access_log  # the pretend log: the checks reach it through this line, keep it


def parse(lines):
    """Yield (path, status, milliseconds) for each line "HH:MM:SS METHOD PATH STATUS TIMEms"."""
    raise NotImplementedError("parse is not written yet")


def slow_paths(lines, threshold):
    """Lazily, the path of every request that took at least `threshold` milliseconds."""
    raise NotImplementedError("slow_paths is not written yet")


def first_slow(lines, threshold, k):
    """A list of the first k slow paths; reads no further than it must."""
    raise NotImplementedError("first_slow is not written yet")


def mean_time(lines):
    """The mean time of all the requests in milliseconds (0.0 for no lines), in constant memory."""
    raise NotImplementedError("mean_time is not written yet")


if __name__ == "__main__":
    print(first_slow(access_log.lines(), 1000, 5))
    print(mean_time(access_log.lines(10_000)))
