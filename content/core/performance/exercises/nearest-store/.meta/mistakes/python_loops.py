"""Every customer against every store at once, with NumPy broadcasting: no Python loop."""

import math

import numpy as np


def nearest(cust_x, cust_y, store_x, store_y):
    """For each customer, the index of the nearest store (the first one on a tie)."""
    result = []
    for x, y in zip(cust_x, cust_y):
        gaps = [math.hypot(x - sx, y - sy) for sx, sy in zip(store_x, store_y)]
        result.append(gaps.index(min(gaps)))
    return np.array(result)


def customers_within(cust_x, cust_y, store_x, store_y, radius):
    """For each store, how many customers live at most `radius` km from it."""
    counts = []
    for sx, sy in zip(store_x, store_y):
        counts.append(sum(1 for x, y in zip(cust_x, cust_y) if math.hypot(x - sx, y - sy) <= radius))
    return np.array(counts)
