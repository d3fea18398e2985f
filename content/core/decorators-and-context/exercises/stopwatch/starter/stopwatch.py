import time


class Stopwatch:
    """Measure how long a with block takes; the clock can be replaced, for tests."""

    def __init__(self, clock=time.perf_counter):
        # Replace this line with your code, and add __enter__ and __exit__.
        raise NotImplementedError("write Stopwatch")
