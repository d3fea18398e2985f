def receipt_line(item, quantity, price):
    """Return a receipt line such as '3 x apple @ 0.50 = 1.50'."""
    total = quantity * price
    # :.2f shows a number with exactly two digits after the decimal point.
    return f"{quantity} x {item} @ {price:.2f} = {total:.2f}"
