def summarize(basket):
    count = 0
    total = 0
    for name, quantity, price in basket:
        count += quantity
        total += price
    return count, round(total, 2)
