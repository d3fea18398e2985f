from sale_price import sale_price


def test_twenty_percent_off_fifty():
    """Takes 20 percent off 50."""
    result = sale_price(50, 20)
    assert result is not None, (
        "sale_price should return the new price; it returned None "
        "(is the return line still switched off with a #?)"
    )
    assert result == 40, "sale_price(50, 20) should return 40.0 (20 percent of 50 is 10)"


def test_ten_percent_off_a_price_with_cents():
    """Rounds the result to 2 decimal places."""
    assert sale_price(19.99, 10) == 17.99, "sale_price(19.99, 10) should return 17.99"


def test_nothing_off():
    """Zero percent off leaves the price as it was."""
    assert sale_price(80, 0) == 80, "sale_price(80, 0) should return 80: nothing comes off"


def test_everything_off():
    """A hundred percent off makes it free."""
    assert sale_price(35, 100) == 0, "sale_price(35, 100) should return 0: everything comes off"


def test_prints_nothing(capsys):
    """Returns the price without printing anything."""
    sale_price(50, 20)
    printed = capsys.readouterr().out
    assert printed == "", "sale_price should not print anything: leave the debug print switched off"
