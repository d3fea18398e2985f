def restock(stock, delivery):
    for product, amount in stock.items():
        delivery[product] = delivery.get(product, 0) + amount
    return delivery
