class BankAccount:
    def __init__(self, owner, pin, balance=0):
        self.owner = owner
        self.pin = pin
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("the amount must be positive")
        self.balance += amount

    def withdraw(self, amount, pin):
        if pin != self.pin:
            raise PermissionError("wrong PIN")
        if amount <= 0:
            raise ValueError("the amount must be positive")
        self.balance -= amount
