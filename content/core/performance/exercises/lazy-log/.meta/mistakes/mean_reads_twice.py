"""A lazy pipeline over a web server's access log: one line in memory at a time."""

import itertools

import access_log  # the pretend log: the checks reach it through this line, keep it


def parse(lines):
    """Yield (path, status, milliseconds) for each line "HH:MM:SS METHOD PATH STATUS TIMEms"."""
    for line in lines:
        _clock, _method, path, status, took = line.split()
        yield path, int(status), int(took.removesuffix("ms"))


def slow_paths(lines, threshold):
    """Lazily, the path of every request that took at least `threshold` milliseconds."""
    return (path for path, _status, took in parse(lines) if took >= threshold)


def first_slow(lines, threshold, k):
    """A list of the first k slow paths; reads no further than it must."""
    return list(itertools.islice(slow_paths(lines, threshold), k))  # islice stops after k


def mean_time(lines):
    """The mean time of all the requests in milliseconds (0.0 for no lines), in constant memory."""
    total = sum(took for _path, _status, took in parse(lines))
    count = sum(1 for _record in parse(lines))
    return total / count if count else 0.0
