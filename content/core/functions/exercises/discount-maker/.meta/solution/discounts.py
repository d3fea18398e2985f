def make_discount(percent):
    """Return a function that takes `percent` per cent off a price (rounded to 2 decimals)."""

    def apply(price):
        # percent comes from the enclosing call of make_discount: apply remembers it.
        return round(price * (100 - percent) / 100, 2)

    # No brackets: hand back the function itself, do not call it.
    return apply


def best_price(price, discounts):
    """Return the lowest price that one of the discount functions gives (price if none)."""
    lowest = price
    for discount in discounts:
        # Each item of the list is a function: call it on the price.
        lowest = min(lowest, discount(price))
    return lowest
