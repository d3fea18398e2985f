import math


def parking_fee(minutes):
    """Return the fee in euros for parking a car for this many minutes."""
    if minutes <= 30:
        return 0
    return min(2 * math.ceil(minutes / 60), 15)
