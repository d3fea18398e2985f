def windows(readings, size):
    window = []
    for reading in readings:
        window.append(reading)
        if len(window) >= size:
            yield tuple(window)


def moving_averages(readings, size):
    return (sum(window) / size for window in windows(readings, size))
