"""Validated attributes: descriptors that check every value before it is stored."""


class Typed:
    """An attribute whose values must be instances of `kind`."""

    def __init__(self, kind: type) -> None:
        self.kind = kind

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> object:
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} has not been set") from None

    def __set__(self, instance: object, value: object) -> None:
        self.check(value)
        instance.__dict__[self.name] = value

    def check(self, value: object) -> None:
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")


class Ranged(Typed):
    """A number (int or float) between low and high, both included."""

    def __init__(self, low: float, high: float) -> None:
        # No kind to pass on to Typed: check() below decides what a number is.
        self.low = low
        self.high = high

    def check(self, value: object) -> None:
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, got {type(value).__name__}")
        if not self.low <= value <= self.high:
            raise ValueError(f"{self.name} must be between {self.low} and {self.high}, got {value}")


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
