import time


class Stopwatch:
    """Measure how long a with block takes; the clock can be replaced, for tests."""

    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None
        self.total = 0.0
        self.start = self.clock()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        self.elapsed = self.clock() - self.start
        self.total += self.elapsed
        return False  # an error in the block carries on to the caller
