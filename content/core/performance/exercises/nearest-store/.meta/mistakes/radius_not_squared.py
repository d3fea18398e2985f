"""Every customer against every store at once, with NumPy broadcasting: no Python loop."""

import numpy as np


def _squared_gaps(cust_x, cust_y, store_x, store_y):
    """An n x m array: the squared distance from customer i (row) to store j (column)."""
    dx = cust_x[:, np.newaxis] - store_x  # (n, 1) - (m,) broadcasts to (n, m)
    dy = cust_y[:, np.newaxis] - store_y
    return dx**2 + dy**2


def nearest(cust_x, cust_y, store_x, store_y):
    """For each customer, the index of the nearest store (the first one on a tie)."""
    # The square root would not change which store is nearest, so it is left out.
    return _squared_gaps(cust_x, cust_y, store_x, store_y).argmin(axis=1)


def customers_within(cust_x, cust_y, store_x, store_y, radius):
    """For each store, how many customers live at most `radius` km from it."""
    close = _squared_gaps(cust_x, cust_y, store_x, store_y) <= radius
    return close.sum(axis=0)  # add up each column: one count per store
