def clamp(value, low, high):
    """Return value limited to the range low..high."""
    if low > high:
        raise ValueError("low must not be above high")
    if value < low:
        return high
    if value > high:
        return low
    return value
