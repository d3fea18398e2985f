"""Find the hot spot of a program with cProfile and pstats."""

import cProfile
import pstats

import workloads  # the programs to profile: the checks reach them through this line, keep it


def hottest(func, *args):
    """The name of the Python function with the largest tottime while func(*args) runs."""
    raise NotImplementedError("hottest is not written yet")


def call_counts(func, *args):
    """{function name: number of calls} for every Python function run by func(*args)."""
    raise NotImplementedError("call_counts is not written yet")


if __name__ == "__main__":
    print(hottest(workloads.report, 2000, 80))
    print(call_counts(workloads.spiral, 10))
