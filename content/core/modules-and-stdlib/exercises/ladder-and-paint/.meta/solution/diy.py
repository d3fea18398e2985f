import math


def ladder_length(height, gap):
    """Return the ladder length that reaches height metres up a wall, its foot gap metres
    from the wall, rounded to 2 decimals."""
    # hypot gives the long side of a right triangle: sqrt(height ** 2 + gap ** 2).
    return round(math.hypot(height, gap), 2)


def tins_needed(area, coverage):
    """Return how many whole tins cover area square metres, one tin covering coverage m²."""
    # ceil rounds up: 2.5 tins means buying 3.
    return math.ceil(area / coverage)
