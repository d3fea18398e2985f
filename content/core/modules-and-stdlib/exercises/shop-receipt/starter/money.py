def format_money(cents):
    """Return an amount in cents as text with two decimals: 1250 -> '12.50'."""
    # Replace `pass` with your code.
    pass
