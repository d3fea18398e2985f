import functools


def memoize(func):
    """Return a new function that keeps func's answers and counts hits and misses."""
    answers = {}  # one dictionary per decorated function, kept by the closure

    @functools.wraps(func)
    def wrapper(*args):
        # `in`, not answers.get(args): a kept 0 or None is an answer too.
        if args in answers:
            wrapper.hits += 1
        else:
            wrapper.misses += 1
            answers[args] = func(*args)
        return answers[args]

    wrapper.hits = 0
    wrapper.misses = 0
    return wrapper


def ways_to_climb(steps):
    """Return the number of ways to climb steps stairs, taking 1 or 2 at a time."""
    if steps <= 1:
        return 1
    # The last move was either 1 step or 2 steps.
    return ways_to_climb(steps - 1) + ways_to_climb(steps - 2)
