def ticket_price(age):
    """Return the price in euros of a cinema ticket for a visitor of this age."""
    if age < 12:
        return 8
    if age >= 65:
        return 6
    return 11
