def restock(stock, delivery):
    """Return a new dictionary with the amounts of delivery added to stock."""
    # Replace `pass` with your code.
    pass
