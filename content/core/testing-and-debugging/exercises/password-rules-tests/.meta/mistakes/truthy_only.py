import pytest

from passwords import check_password


def test_a_strong_password_is_accepted():
    check_password("Sunflower42")


def test_exactly_ten_characters_is_long_enough():
    check_password("Rainbow123")


def test_too_short():
    with pytest.raises(ValueError, match="at least 10 characters"):
        check_password("Rainbow12")


def test_no_digit():
    with pytest.raises(ValueError, match="must contain a digit"):
        check_password("Sunflowers")


def test_no_capital_letter():
    with pytest.raises(ValueError, match="must contain a capital letter"):
        check_password("sunflower42")
