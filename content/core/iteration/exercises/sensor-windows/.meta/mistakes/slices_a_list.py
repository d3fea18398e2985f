def windows(readings, size):
    for start in range(len(readings) - size + 1):
        yield tuple(readings[start:start + size])


def moving_averages(readings, size):
    return (sum(window) / size for window in windows(readings, size))
