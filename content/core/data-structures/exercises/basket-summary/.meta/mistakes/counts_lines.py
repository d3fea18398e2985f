def summarize(basket):
    total = 0
    for name, quantity, price in basket:
        total += quantity * price
    return len(basket), round(total, 2)
