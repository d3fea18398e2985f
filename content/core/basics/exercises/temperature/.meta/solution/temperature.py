def celsius_to_fahrenheit(celsius):
    """Return the temperature celsius (°C) converted to °F."""
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit):
    """Return the temperature fahrenheit (°F) converted to °C."""
    # The brackets make Python subtract 32 before it multiplies.
    return (fahrenheit - 32) * 5 / 9
