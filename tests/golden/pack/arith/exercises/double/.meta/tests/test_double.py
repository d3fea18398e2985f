from double import double


def test_three():
    """Doubles 3."""
    assert double(3) == 6, "double(3) should return 6"


def test_two():
    """Doubles 2."""
    assert double(2) == 4, "double(2) should return 4"
