def order_total(lines):
    return sum(quantity * price for _, quantity, price in lines)


def has_big_line(lines, limit):
    return any(quantity * price > limit for _, quantity, price in lines)


def first_missing(products, stock):
    missing = [product for product in products if stock.get(product, 0) == 0]
    return missing[0] if missing else None
