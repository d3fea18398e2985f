def restock(stock, delivery):
    new = stock.copy()
    for product, amount in delivery.items():
        new[product] += amount
    return new
