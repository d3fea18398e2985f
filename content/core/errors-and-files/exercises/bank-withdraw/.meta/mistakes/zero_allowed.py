def withdraw(balance, amount):
    if amount < 0:
        raise ValueError(f"amount must be more than 0, got {amount}")
    if amount > balance:
        raise ValueError(f"not enough money: balance is {balance}, asked for {amount}")
    return balance - amount
