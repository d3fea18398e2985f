def summarize(basket):
    """Return (number of things, total price) for a list of (name, quantity, price) tuples."""
    count = 0
    total = 0
    # Unpack each (name, quantity, price) line straight into three names.
    for name, quantity, price in basket:
        count += quantity
        total += quantity * price
    # Two values after return are packed into one tuple.
    return count, round(total, 2)
