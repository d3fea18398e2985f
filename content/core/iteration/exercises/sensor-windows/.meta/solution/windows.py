from collections import deque
from collections.abc import Iterable, Iterator


def windows(readings: Iterable[float], size: int) -> Iterator[tuple[float, ...]]:
    """Yield each run of `size` readings in a row as a tuple, oldest first."""
    window: deque[float] = deque(maxlen=size)  # appending drops the oldest reading
    for reading in readings:
        window.append(reading)
        if len(window) == size:
            yield tuple(window)


def moving_averages(readings: Iterable[float], size: int) -> Iterator[float]:
    """Return a generator of the average of each window of `size` readings."""
    return (sum(window) / size for window in windows(readings, size))
