"""Validated attributes: descriptors that check every value before it is stored."""


class Typed:
    """An attribute whose values must be instances of `kind`."""

    def __init__(self, kind: type) -> None:
        self.kind = kind

    # Write __set_name__, __get__ and __set__.


class Ranged:
    """A number (int or float) between low and high, both included."""

    def __init__(self, low: float, high: float) -> None:
        self.low = low
        self.high = high

    # Write __set_name__, __get__ and __set__ (or inherit them from Typed).


# Two classes that use the descriptors (given: do not change them).


class Product:
    name = Typed(str)
    price = Ranged(0, 10_000)
    stock = Ranged(0, 1_000)

    def __init__(self, name: str, price: float, stock: int = 0) -> None:
        self.name = name
        self.price = price
        self.stock = stock


class Thermostat:
    room = Typed(str)
    celsius = Ranged(5, 30)

    def __init__(self, room: str) -> None:
        self.room = room  # celsius is set later, when someone turns the dial
