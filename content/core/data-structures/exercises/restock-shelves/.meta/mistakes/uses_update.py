def restock(stock, delivery):
    new = stock.copy()
    new.update(delivery)
    return new
