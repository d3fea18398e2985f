from describe import describe


def test_whole_number():
    """Describes a whole number."""
    assert describe(42) == "42 has type int", 'describe(42) should return "42 has type int"'


def test_text_that_looks_like_a_number():
    """Shows text with its quotes, so it cannot be mistaken for a number."""
    assert describe("42") == "'42' has type str", (
        'describe("42") should return "\'42\' has type str": '
        "text keeps its quotes in the sentence (use repr)"
    )


def test_decimal_number():
    """Describes a number with a decimal point."""
    assert describe(2.5) == "2.5 has type float", 'describe(2.5) should return "2.5 has type float"'


def test_true_and_none():
    """Describes True and None."""
    assert describe(True) == "True has type bool", (
        'describe(True) should return "True has type bool"'
    )
    assert describe(None) == "None has type NoneType", (
        'describe(None) should return "None has type NoneType"'
    )


def test_same_variable_different_types():
    """One variable can hold values of different types, one after the other."""
    box = 7
    first = describe(box)
    box = "seven"
    second = describe(box)
    assert first == "7 has type int", 'describe(7) should return "7 has type int"'
    assert second == "'seven' has type str", (
        'describe("seven") should return "\'seven\' has type str"'
    )
