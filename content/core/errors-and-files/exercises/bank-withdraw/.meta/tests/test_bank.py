from bank import withdraw


def attempt(call, *args):
    """Call call(*args): give back (the name of the error it raised, the error), or a note that it raised none."""
    try:
        value = call(*args)
    except Exception as error:
        return type(error).__name__, error
    return f"no error (it returned {value!r})", None


def test_normal_withdrawal():
    """Takes the amount off the balance."""
    assert withdraw(100, 30) == 70, "withdraw(100, 30) should return the new balance, 70"
    assert withdraw(12.5, 2.5) == 10.0, "withdraw(12.5, 2.5) should return 10.0"


def test_whole_balance():
    """Allows taking out exactly the whole balance."""
    kind, _ = attempt(withdraw, 50, 50)
    assert kind.startswith("no error"), (
        "withdraw(50, 50) should be allowed and return 0: taking out the whole balance is fine "
        "(compare with >, not >=)"
    )
    assert withdraw(50, 50) == 0, "withdraw(50, 50) should return 0"


def test_not_enough_money():
    """Raises ValueError, naming both numbers, when the balance is too low."""
    kind, error = attempt(withdraw, 50, 80)
    assert kind == "ValueError", (
        "withdraw(50, 80) should raise ValueError: 80 is more than the balance of 50. "
        "Use raise, not return or print"
    )
    message = str(error)
    assert "50" in message and "80" in message, (
        "The error message should contain the balance (50) and the amount asked for (80)"
    )


def test_zero_or_negative_amount():
    """Raises ValueError for an amount of 0 or less."""
    kind, _ = attempt(withdraw, 100, -20)
    assert kind == "ValueError", "withdraw(100, -20) should raise ValueError: -20 is not a withdrawal"
    kind, _ = attempt(withdraw, 100, 0)
    assert kind == "ValueError", (
        "withdraw(100, 0) should raise ValueError too: the amount must be more than 0"
    )


def test_error_stops_the_withdrawal(capsys):
    """Raises instead of printing a message."""
    attempt(withdraw, 10, 500)
    printed = capsys.readouterr().out
    assert printed == "", "withdraw should not print anything: raise the error instead"


def test_messages_say_what_is_wrong():
    """Each error message says what is wrong, with the numbers kept apart."""
    import re

    _, error = attempt(withdraw, 50, 80)
    message = str(error)
    assert message.startswith("not enough money"), (
        f"The message for withdraw(50, 80) should start with: not enough money. It was: {message}"
    )
    numbers = re.findall(r"\d+", message)
    assert "50" in numbers and "80" in numbers, (
        "The message for withdraw(50, 80) should show 50 and 80 as separate numbers, such as "
        f"not enough money: balance is 50, asked for 80. It was: {message}"
    )
    _, error = attempt(withdraw, 100, -20)
    assert "more than 0" in str(error), (
        f"The message for withdraw(100, -20) should say the amount must be more than 0. It was: {error}"
    )


def test_smallest_withdrawal():
    """Taking out 1 is a real withdrawal."""
    assert withdraw(100, 1) == 99, (
        "withdraw(100, 1) should return 99: only amounts of 0 or less are refused"
    )
