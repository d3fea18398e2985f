def make_discount(percent):
    """Return a function that takes `percent` per cent off a price (rounded to 2 decimals)."""
    # Replace `pass` with your code.
    pass


def best_price(price, discounts):
    """Return the lowest price that one of the discount functions gives (price if none)."""
    # Replace `pass` with your code.
    pass
