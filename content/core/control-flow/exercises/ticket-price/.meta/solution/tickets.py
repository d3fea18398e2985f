def ticket_price(age):
    """Return the zoo ticket price for a visitor of this age."""
    # Ask from the youngest group upwards: the first true question wins.
    if age < 4:
        return 0
    elif age < 12:
        return 6
    elif age < 65:
        return 12
    else:
        return 8
