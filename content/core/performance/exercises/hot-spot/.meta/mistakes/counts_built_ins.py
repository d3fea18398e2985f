"""Find the hot spot of a program with cProfile and pstats."""

import cProfile
import pstats

import workloads  # the programs to profile: the checks reach them through this line, keep it


def _stats(func, *args):
    """Profile one call of func(*args): {(file, line, name): (primitive calls, calls, tottime, cumtime, callers)}."""
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    return pstats.Stats(profiler).stats


def hottest(func, *args):
    """The name of the Python function with the largest tottime while func(*args) runs."""
    own_time = {}
    for key, (_primitive, _calls, tottime, _cumtime, _callers) in _stats(func, *args).items():
        own_time[key] = tottime
    _file, _line, name = max(own_time, key=own_time.get)
    return name


def call_counts(func, *args):
    """{function name: number of calls} for every Python function run by func(*args)."""
    counts = {}
    for (file, _line, name), (_primitive, calls, *_times) in _stats(func, *args).items():
        if file != "~":
            counts[name] = calls
    return counts

