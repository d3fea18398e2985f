def restock(stock, delivery):
    """Return a new dictionary with the amounts of delivery added to stock."""
    # A copy, so that the caller's dictionary keeps the old numbers.
    new = stock.copy()
    for product, amount in delivery.items():
        # get() gives 0 for a product the shop did not have yet.
        new[product] = new.get(product, 0) + amount
    return new
