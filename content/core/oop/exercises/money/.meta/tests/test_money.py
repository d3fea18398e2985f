from money import Money


def attempt(action, *args):
    """Run action(*args): give back (the name of the error it raised, its message),
    or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__, str(error)
    return "no error", ""


def test_keeps_cents_and_currency():
    """Money(cents, currency) stores both."""
    price = Money(1250, "EUR")
    assert price.cents == 1250, 'Money(1250, "EUR").cents should be 1250'
    assert price.currency == "EUR", 'Money(1250, "EUR").currency should be "EUR"'


def test_repr():
    """repr() shows the code that makes the object."""
    assert repr(Money(1250, "EUR")) == "Money(1250, 'EUR')", (
        "repr(Money(1250, \"EUR\")) should be \"Money(1250, 'EUR')\": write __repr__ "
        "(the currency with quotes: use {self.currency!r})"
    )


def test_str():
    """str() gives the amount with two decimals and the currency."""
    assert str(Money(1250, "EUR")) == "12.50 EUR", (
        'str(Money(1250, "EUR")) should be "12.50 EUR": write __str__, with the cents divided '
        "by 100 and shown with two decimals (:.2f)"
    )
    assert str(Money(7, "USD")) == "0.07 USD", 'str(Money(7, "USD")) should be "0.07 USD"'


def test_parse():
    """Money.parse turns text into Money, rounded to whole cents."""
    coffee = Money.parse("2.80 EUR")
    assert (coffee.cents, coffee.currency) == (280, "EUR"), (
        'Money.parse("2.80 EUR") should give a Money with cents 280 and currency "EUR"'
    )
    assert isinstance(coffee.cents, int), (
        f'Money.parse("2.80 EUR").cents should be the whole number 280 (an int), but it was '
        f"{coffee.cents!r}: round() the cents"
    )
    assert Money.parse("0.29 GBP").cents == 29, (
        'Money.parse("0.29 GBP").cents should be 29: float("0.29") * 100 is 28.999999999999996, '
        "so round() it"
    )
    assert Money.parse("12.5 USD").cents == 1250, 'Money.parse("12.5 USD").cents should be 1250'


def test_equal_amounts():
    """Two Money objects with the same cents and currency are equal."""
    assert (Money(280, "EUR") == Money(280, "EUR")) is True, (
        'Money(280, "EUR") == Money(280, "EUR") should be True: write __eq__, comparing cents '
        "and currency (without it, == only asks whether they are the same object)"
    )
    assert (Money(280, "EUR") != Money(280, "EUR")) is False, (
        'Money(280, "EUR") != Money(280, "EUR") should be False'
    )


def test_different_amounts():
    """A different amount or a different currency is not equal."""
    assert (Money(280, "EUR") == Money(281, "EUR")) is False, (
        'Money(280, "EUR") == Money(281, "EUR") should be False: the cents differ'
    )
    assert (Money(280, "EUR") == Money(280, "USD")) is False, (
        'Money(280, "EUR") == Money(280, "USD") should be False: compare the currency too'
    )


def test_equal_to_something_else():
    """Comparing a Money with an object that is not a Money gives False, without an error."""
    # Any object of yours that is not a Money will do: here, the method Money.parse.
    kind, message = attempt(lambda: Money(280, "EUR") == Money.parse)
    assert kind == "no error", (
        "Comparing a Money with something that is not a Money (the test used the method "
        f"Money.parse) raised {kind}: {message}. "
        "In __eq__, return NotImplemented when other is not a Money"
    )
    assert (Money(280, "EUR") == Money.parse) is False, (
        "Comparing a Money with something that is not a Money should give False"
    )


def test_hash_and_sets():
    """Equal amounts have equal hashes, so sets and dict keys work."""
    kind, message = attempt(hash, Money(280, "EUR"))
    assert kind == "no error", (
        f'hash(Money(280, "EUR")) raised {kind}: {message}. A class that defines __eq__ has '
        "no hash until you write __hash__ too"
    )
    assert hash(Money(280, "EUR")) == hash(Money(280, "EUR")), (
        'hash(Money(280, "EUR")) should be the same for two equal objects: write __hash__ '
        "with the same values __eq__ compares, such as hash((self.cents, self.currency))"
    )
    prices = {Money(280, "EUR"), Money(280, "EUR"), Money(350, "EUR"), Money(280, "USD")}
    assert len(prices) == 3, (
        "A set of Money(280, EUR), Money(280, EUR), Money(350, EUR) and Money(280, USD) "
        "should hold 3 amounts: the two equal ones count once"
    )
    menu = {Money(280, "EUR"): "coffee"}
    assert menu.get(Money(280, "EUR")) == "coffee", (
        'A dict with the key Money(280, "EUR") should be found again with another, equal '
        'Money(280, "EUR")'
    )


def test_add():
    """+ gives a new Money with the sum and leaves both amounts alone."""
    coffee = Money(280, "EUR")
    cake = Money(350, "EUR")
    total = coffee + cake
    assert (total.cents, total.currency) == (630, "EUR"), (
        'Money(280, "EUR") + Money(350, "EUR") should give a Money with cents 630 and currency "EUR"'
    )
    assert coffee.cents == 280, (
        "After total = coffee + cake, coffee.cents should still be 280: "
        "a + b should give a new Money and leave a and b as they were"
    )
    assert cake.cents == 350, (
        "After total = coffee + cake, cake.cents should still be 350: "
        "a + b should give a new Money and leave a and b as they were"
    )


def test_add_other_currency():
    """Adding two currencies raises ValueError: cannot add USD to EUR."""
    kind, message = attempt(lambda: Money(280, "EUR") + Money(100, "USD"))
    assert kind == "ValueError", (
        f'Money(280, "EUR") + Money(100, "USD") should raise ValueError, but it gave {kind}. '
        "Euros and dollars cannot simply be added"
    )
    assert message == "cannot add USD to EUR", (
        f"The error message should be 'cannot add USD to EUR', but it was {message!r}"
    )


def test_add_a_number():
    """Adding something that is not a Money raises TypeError."""
    kind, message = attempt(lambda: Money(280, "EUR") + 5)
    assert kind == "TypeError", (
        f'Money(280, "EUR") + 5 should raise TypeError, but it gave {kind}: {message}. '
        "In __add__, return NotImplemented when other is not a Money, and Python raises TypeError"
    )
