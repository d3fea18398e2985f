import math


def ladder_length(height, gap):
    return round(math.sqrt(height * 2 + gap * 2), 2)


def tins_needed(area, coverage):
    return math.ceil(area / coverage)
