def summarize(basket):
    """Return (number of things, total price) for a list of (name, quantity, price) tuples."""
    # Replace `pass` with your code.
    pass
