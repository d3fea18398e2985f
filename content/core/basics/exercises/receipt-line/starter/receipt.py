def receipt_line(item, quantity, price):
    """Return a receipt line such as '3 x apple @ 0.50 = 1.50'."""
    # Replace `pass` with your code.
    pass
