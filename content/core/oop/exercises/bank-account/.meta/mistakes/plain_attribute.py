class BankAccount:
    def __init__(self, owner, pin, balance=0):
        if balance < 0:
            raise ValueError("balance cannot be negative")
        self.owner = owner
        self.__pin = pin
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("the amount must be positive")
        self.balance += amount

    def withdraw(self, amount, pin):
        if pin != self.__pin:
            raise PermissionError("wrong PIN")
        if amount <= 0:
            raise ValueError("the amount must be positive")
        if amount > self.balance:
            raise ValueError("not enough money")
        self.balance -= amount
