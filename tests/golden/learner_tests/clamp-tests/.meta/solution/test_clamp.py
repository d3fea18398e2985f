import pytest

from clamp import clamp


def test_a_value_inside_the_range_is_kept():
    assert clamp(5, 0, 10) == 5


def test_a_value_below_the_range_becomes_low():
    assert clamp(-3, 0, 10) == 0


def test_a_value_above_the_range_becomes_high():
    assert clamp(15, 0, 10) == 10


def test_a_range_of_one_value():
    assert clamp(7, 3, 3) == 3


def test_a_range_upside_down_is_refused():
    with pytest.raises(ValueError, match="low must not be above high"):
        clamp(5, 10, 0)
