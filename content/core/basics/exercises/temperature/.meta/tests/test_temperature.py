import pytest

from temperature import celsius_to_fahrenheit, fahrenheit_to_celsius


def test_freezing_and_boiling_to_fahrenheit():
    """Converts freezing and boiling water from °C to °F."""
    assert celsius_to_fahrenheit(0) == 32, (
        "celsius_to_fahrenheit(0) should return 32 (water freezes at 32 °F)"
    )
    assert celsius_to_fahrenheit(100) == 212, (
        "celsius_to_fahrenheit(100) should return 212 (water boils at 212 °F)"
    )


def test_keeps_the_decimals():
    """Keeps the decimals when converting body temperature."""
    assert celsius_to_fahrenheit(37) == pytest.approx(98.6), (
        "celsius_to_fahrenheit(37) should return 98.6: keep the decimals (use / rather than //)"
    )


def test_boiling_to_celsius():
    """Converts boiling water from °F to °C."""
    assert fahrenheit_to_celsius(212) == 100, (
        "fahrenheit_to_celsius(212) should return 100 (water boils at 100 °C); "
        "remember to subtract 32 before you multiply"
    )


def test_other_temperatures_to_celsius():
    """Converts a warm day and body temperature from °F to °C."""
    assert fahrenheit_to_celsius(50) == pytest.approx(10), (
        "fahrenheit_to_celsius(50) should return 10"
    )
    assert fahrenheit_to_celsius(98.6) == pytest.approx(37), (
        "fahrenheit_to_celsius(98.6) should return 37"
    )


def test_minus_forty_is_the_same_in_both():
    """-40 is the one temperature that is equal in both scales."""
    assert celsius_to_fahrenheit(-40) == -40, "celsius_to_fahrenheit(-40) should return -40"
    assert fahrenheit_to_celsius(-40) == -40, "fahrenheit_to_celsius(-40) should return -40"


def test_keeps_the_decimals_to_celsius():
    """Keeps the decimals when converting from °F to °C."""
    assert fahrenheit_to_celsius(100) == pytest.approx(37.7778, abs=0.001), (
        "fahrenheit_to_celsius(100) should return about 37.78 (37.777...): keep the decimals "
        "(use / rather than //)"
    )
