import math


def ladder_length(height, gap):
    return round(math.hypot(height, gap), 2)


def tins_needed(area, coverage):
    return area // coverage
