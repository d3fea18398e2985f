def ticket_price(age):
    """Return the zoo ticket price for a visitor of this age."""
    # Replace `pass` with your code.
    pass
