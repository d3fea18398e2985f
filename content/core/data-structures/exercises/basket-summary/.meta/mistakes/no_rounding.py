def summarize(basket):
    count = 0
    total = 0
    for name, quantity, price in basket:
        count += quantity
        total += quantity * price
    return count, total
