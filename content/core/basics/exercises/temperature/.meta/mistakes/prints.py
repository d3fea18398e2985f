def celsius_to_fahrenheit(celsius):
    print(celsius * 9 / 5 + 32)


def fahrenheit_to_celsius(fahrenheit):
    print((fahrenheit - 32) * 5 / 9)
