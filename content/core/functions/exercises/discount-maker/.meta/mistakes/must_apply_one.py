def make_discount(percent):
    def apply(price):
        return round(price * (100 - percent) / 100, 2)

    return apply


def best_price(price, discounts):
    if not discounts:
        return price
    # Starts from the first function's price, so a price can only go up from there.
    lowest = discounts[0](price)
    for discount in discounts:
        lowest = min(lowest, discount(price))
    return lowest
