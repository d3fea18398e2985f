"""Every customer against every store at once, with NumPy broadcasting: no Python loop."""

import numpy as np


def nearest(cust_x, cust_y, store_x, store_y):
    """For each customer, the index of the nearest store (the first one on a tie)."""
    raise NotImplementedError("nearest is not written yet")


def customers_within(cust_x, cust_y, store_x, store_y, radius):
    """For each store, how many customers live at most `radius` km from it."""
    raise NotImplementedError("customers_within is not written yet")
