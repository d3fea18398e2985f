def order_total(lines):
    return sum(quantity * price for _, quantity, price in lines)


def has_big_line(lines, limit):
    return any([quantity * price > limit for _, quantity, price in lines])


def first_missing(products, stock):
    return next((product for product in products if stock.get(product, 0) == 0), None)
