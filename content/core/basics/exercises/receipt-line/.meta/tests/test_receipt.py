from receipt import receipt_line


def test_apples():
    """Writes the line for three apples."""
    assert receipt_line("apple", 3, 0.5) == "3 x apple @ 0.50 = 1.50", (
        'receipt_line("apple", 3, 0.5) should return "3 x apple @ 0.50 = 1.50": '
        "money always has two digits after the decimal point"
    )


def test_other_item():
    """Works for another item and price."""
    assert receipt_line("notebook", 2, 4.25) == "2 x notebook @ 4.25 = 8.50", (
        'receipt_line("notebook", 2, 4.25) should return "2 x notebook @ 4.25 = 8.50"'
    )


def test_whole_number_price():
    """Shows a whole-number price with two decimals too."""
    assert receipt_line("pen", 1, 2) == "1 x pen @ 2.00 = 2.00", (
        'receipt_line("pen", 1, 2) should return "1 x pen @ 2.00 = 2.00"'
    )


def test_hides_float_rounding_noise():
    """Shows 0.30, not 0.30000000000000004, for 3 x 0.10."""
    assert receipt_line("tea", 3, 0.1) == "3 x tea @ 0.10 = 0.30", (
        'receipt_line("tea", 3, 0.1) should return "3 x tea @ 0.10 = 0.30": '
        "3 * 0.1 is really 0.30000000000000004, so format the total with two digits"
    )


def test_returns_instead_of_printing(capsys):
    """Returns the line instead of printing it."""
    result = receipt_line("apple", 3, 0.5)
    printed = capsys.readouterr().out
    assert result is not None, (
        "receipt_line should return the line; it returned None (did you print it?)"
    )
    assert printed == "", "receipt_line should not print anything, only return the line"
