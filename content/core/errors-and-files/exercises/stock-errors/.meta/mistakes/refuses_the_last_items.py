class OrderError(Exception):
    """Something is wrong with an order."""


class UnknownProduct(OrderError):
    """The shop does not sell this product."""


class OutOfStock(OrderError):
    """There are not enough items left to fill the order."""


def take_from_stock(stock, product, quantity):
    """Return a new stock dictionary with quantity items of product taken off.

    Raise UnknownProduct or OutOfStock if the order cannot be filled.
    """
    if product not in stock:
        raise UnknownProduct(f"we do not sell {product}")
    if quantity >= stock[product]:
        raise OutOfStock(f"only {stock[product]} {product} left, asked for {quantity}")
    new_stock = dict(stock)   # a copy: the caller's dictionary stays as it was
    new_stock[product] -= quantity
    return new_stock
