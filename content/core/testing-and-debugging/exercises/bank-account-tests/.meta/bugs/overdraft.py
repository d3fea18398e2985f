class NotEnoughMoney(Exception):
    """A withdrawal was larger than the balance."""


class Account:
    """A bank account. Amounts are whole cents, so 1250 means 12.50 euros."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, cents):
        """Add cents to the balance."""
        if cents <= 0:
            raise ValueError("a deposit must be more than 0 cents")
        self.balance += cents

    def withdraw(self, cents):
        """Take cents out of the balance, if there is enough money."""
        self.balance -= cents
