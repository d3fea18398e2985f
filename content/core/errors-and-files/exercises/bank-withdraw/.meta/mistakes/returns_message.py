def withdraw(balance, amount):
    if amount <= 0:
        return "amount must be more than 0"
    if amount > balance:
        return f"not enough money: balance is {balance}, asked for {amount}"
    return balance - amount
