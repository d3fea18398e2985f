def restock(stock, delivery):
    new = stock
    for product, amount in delivery.items():
        new[product] = new.get(product, 0) + amount
    return new
