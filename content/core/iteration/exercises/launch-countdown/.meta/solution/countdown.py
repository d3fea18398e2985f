class CountdownIterator:
    """An iterator that gives start, start - 1, ... 1, then raises StopIteration."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> "CountdownIterator":
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Countdown:
    """An iterable: every loop over it counts down from start again."""

    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> CountdownIterator:
        # A new iterator for every loop, so loops never share their position.
        return CountdownIterator(self.start)
