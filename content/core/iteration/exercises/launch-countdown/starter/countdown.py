class CountdownIterator:
    """An iterator that gives start, start - 1, ... 1, then raises StopIteration."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        # Replace `pass` with your code.
        pass

    def __next__(self):
        # Replace `pass` with your code.
        pass


class Countdown:
    """An iterable: every loop over it counts down from start again."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        # Replace `pass` with your code.
        pass
