class BankAccount:
    """A bank account whose balance can never be negative."""

    def __init__(self, owner, pin, balance=0):
        # Store owner (public), the pin in a private attribute, and the balance.
        pass

    # Write the balance property here: a getter and a setter that refuses
    # negative values.

    def deposit(self, amount):
        """Add amount (more than 0) to the balance."""
        raise NotImplementedError

    def withdraw(self, amount, pin):
        """Take amount (more than 0) off the balance, if the pin is right."""
        raise NotImplementedError
