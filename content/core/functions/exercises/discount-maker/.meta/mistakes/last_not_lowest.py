def make_discount(percent):
    def apply(price):
        return round(price * (100 - percent) / 100, 2)

    return apply


def best_price(price, discounts):
    best = price
    for discount in discounts:
        best = discount(price)
    return best
