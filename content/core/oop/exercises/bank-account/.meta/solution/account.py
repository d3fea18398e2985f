class BankAccount:
    """A bank account whose balance can never be negative."""

    def __init__(self, owner: str, pin: str, balance: int = 0) -> None:
        self.owner = owner
        self.__pin = pin  # stored as _BankAccount__pin: hard to reach from outside
        self.balance = balance  # goes through the setter, so it is checked too

    @property
    def balance(self) -> int:
        """The money in the account."""
        return self._balance

    @balance.setter
    def balance(self, value: int) -> None:
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount: int) -> None:
        """Add amount (more than 0) to the balance."""
        if amount <= 0:
            raise ValueError("the amount must be positive")
        self.balance += amount

    def withdraw(self, amount: int, pin: str) -> None:
        """Take amount (more than 0) off the balance, if the pin is right."""
        if pin != self.__pin:
            raise PermissionError("wrong PIN")
        if amount <= 0:
            raise ValueError("the amount must be positive")
        self.balance -= amount  # the setter refuses a negative result
