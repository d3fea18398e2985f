def withdraw(balance, amount):
    if amount <= 0 or amount > balance:
        print(f"Error: cannot withdraw {amount} from {balance}")
        return balance
    return balance - amount
