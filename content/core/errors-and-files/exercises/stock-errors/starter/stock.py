class OrderError(Exception):
    """Something is wrong with an order."""


# Step 1: add the classes UnknownProduct and OutOfStock here, both kinds of OrderError.


def take_from_stock(stock, product, quantity):
    """Return a new stock dictionary with quantity items of product taken off.

    Raise UnknownProduct or OutOfStock if the order cannot be filled.
    """
    # Step 2: replace `pass` with your code.
    pass
