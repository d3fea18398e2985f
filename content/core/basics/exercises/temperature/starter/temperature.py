def celsius_to_fahrenheit(celsius):
    """Return the temperature celsius (°C) converted to °F."""
    # Replace `pass` with your code.
    pass


def fahrenheit_to_celsius(fahrenheit):
    """Return the temperature fahrenheit (°F) converted to °C."""
    # Replace `pass` with your code.
    pass
