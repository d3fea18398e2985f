def order_total(lines):
    """Return the sum of quantity * unit_price over the (product, quantity, unit_price) lines."""
    # Replace `pass` with your code.
    pass


def has_big_line(lines, limit):
    """Return True when some line's quantity * unit_price is more than limit."""
    # Replace `pass` with your code.
    pass


def first_missing(products, stock):
    """Return the first product whose stock is 0 or unknown, or None."""
    # Replace `pass` with your code.
    pass
