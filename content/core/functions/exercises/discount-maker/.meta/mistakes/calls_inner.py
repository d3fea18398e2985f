def make_discount(percent):
    def apply(price):
        return round(price * (100 - percent) / 100, 2)

    return apply()


def best_price(price, discounts):
    lowest = price
    for discount in discounts:
        lowest = min(lowest, discount(price))
    return lowest
