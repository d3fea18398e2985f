from account import BankAccount


def attempt(action, *args):
    """Run action(*args): give back (the name of the error it raised, its message),
    or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__, str(error)
    return "no error", ""


def test_opens_an_account():
    """Keeps the owner and the starting balance; the balance starts at 0 by default."""
    account = BankAccount("Ana", "4321", 100)
    assert account.owner == "Ana", 'BankAccount("Ana", "4321", 100).owner should be "Ana"'
    assert account.balance == 100, 'BankAccount("Ana", "4321", 100).balance should be 100'
    assert BankAccount("Bo", "1111").balance == 0, (
        'BankAccount("Bo", "1111") without a balance should start with balance 0'
    )


def test_deposit_and_withdraw():
    """deposit adds, withdraw takes off, and the whole balance can be taken out."""
    account = BankAccount("Ana", "4321", 100)
    account.deposit(50)
    assert account.balance == 150, "After deposit(50) on 100, balance should be 150"
    account.withdraw(30, "4321")
    assert account.balance == 120, 'After withdraw(30, "4321") on 150, balance should be 120'
    kind, _ = attempt(account.withdraw, 120, "4321")
    assert kind == "no error", (
        f"Taking out the whole balance (120 of 120) should be allowed, but it raised {kind}"
    )
    assert account.balance == 0, "After taking out the whole balance, balance should be 0"


def test_setter_refuses_negative():
    """Setting balance to a negative number raises ValueError and keeps the old balance."""
    account = BankAccount("Ana", "4321", 100)
    kind, message = attempt(setattr, account, "balance", -1)
    assert kind == "ValueError", (
        f"account.balance = -1 should raise ValueError, but it gave {kind}. "
        "Make balance a property whose setter checks the value"
    )
    assert "negative" in message, (
        f"The error for a negative balance should say so (contain 'negative'), but it was {message!r}"
    )
    assert account.balance == 100, "After the refused account.balance = -1 the balance should still be 100"
    account.balance = 0
    assert account.balance == 0, "account.balance = 0 should be allowed: 0 is not negative"
    account.balance = 75
    assert account.balance == 75, "After account.balance = 75, balance should be 75"


def test_starting_balance_is_checked():
    """A negative starting balance is refused too."""
    kind, message = attempt(BankAccount, "Ana", "4321", -10)
    assert kind == "ValueError", (
        f'BankAccount("Ana", "4321", -10) should raise ValueError, but it gave {kind}. '
        "In __init__, write self.balance = balance so that the setter checks it"
    )
    assert "negative" in message, "The error for a negative starting balance should contain 'negative'"


def test_withdraw_too_much():
    """Taking out more than the balance raises ValueError and changes nothing."""
    account = BankAccount("Ana", "4321", 100)
    kind, _ = attempt(account.withdraw, 101, "4321")
    assert kind == "ValueError", (
        f"Withdrawing 101 from 100 should raise ValueError, but it gave {kind}"
    )
    assert account.balance == 100, "After a refused withdrawal the balance should still be 100"


def test_amounts_must_be_positive():
    """deposit and withdraw refuse 0 and negative amounts."""
    account = BankAccount("Ana", "4321", 100)
    for action, args in ((account.deposit, (0,)), (account.deposit, (-20,)),
                         (account.withdraw, (0, "4321")), (account.withdraw, (-20, "4321"))):
        kind, message = attempt(action, *args)
        call = f"{action.__name__}({', '.join(map(repr, args))})"
        assert kind == "ValueError", f"{call} should raise ValueError, but it gave {kind}"
        assert "positive" in message, (
            f"The error of {call} should say the amount must be positive, but it was {message!r}"
        )
    assert account.balance == 100, "Refused deposits and withdrawals should leave the balance at 100"
    account.deposit(1)
    account.withdraw(1, "4321")
    account.withdraw(1, "4321")
    assert account.balance == 99, (
        "deposit(1) and withdraw(1, pin) should be allowed: 1 is positive, only 0 or less is refused"
    )


def test_wrong_pin():
    """withdraw with a wrong PIN raises PermissionError and changes nothing."""
    account = BankAccount("Ana", "4321", 100)
    kind, message = attempt(account.withdraw, 10, "0000")
    assert kind == "PermissionError", (
        f'withdraw(10, "0000") with the wrong PIN should raise PermissionError, but it gave {kind}'
    )
    assert "PIN" in message, f"The error for a wrong PIN should say so (contain 'PIN'), but it was {message!r}"
    assert account.balance == 100, "After a withdrawal with the wrong PIN the balance should still be 100"
    other = BankAccount("Bo", "0000", 100)
    other.withdraw(10, "0000")
    assert other.balance == 90, "Each account checks its own PIN: Bo's PIN 0000 should work for Bo"


def test_pin_is_private():
    """The PIN is kept in a private attribute, __pin."""
    account = BankAccount("Ana", "4321", 100)
    attributes = vars(account)
    assert "_BankAccount__pin" in attributes, (
        "Keep the PIN in self.__pin (two underscores): Python then stores it as _BankAccount__pin"
    )
    assert attributes["_BankAccount__pin"] == "4321", "self.__pin should hold the PIN given, '4321'"
    assert "pin" not in attributes, "Do not keep the PIN in a public attribute pin: use self.__pin"


def test_balance_is_kept_in_protected_attribute():
    """The property keeps the balance in _balance."""
    account = BankAccount("Ana", "4321", 100)
    assert vars(account).get("_balance") == 100, (
        "The balance property should keep its value in self._balance (one underscore)"
    )
