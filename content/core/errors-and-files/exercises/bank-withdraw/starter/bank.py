def withdraw(balance, amount):
    """Return balance - amount; raise ValueError for an amount that is not allowed."""
    # Replace `pass` with your code.
    pass
