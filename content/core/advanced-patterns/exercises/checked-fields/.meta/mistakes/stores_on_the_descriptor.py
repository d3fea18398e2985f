class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return self.value
        except AttributeError:
            raise AttributeError(f"{self.name} has not been set") from None

    def __set__(self, instance, value):
        self.check(value)
        self.value = value

    def check(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")


class Ranged(Typed):
    def __init__(self, low, high):
        self.low = low
        self.high = high

    def check(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, got {type(value).__name__}")
        if not self.low <= value <= self.high:
            raise ValueError(f"{self.name} must be between {self.low} and {self.high}, got {value}")


class Product:
    name = Typed(str)
    price = Ranged(0, 10_000)
    stock = Ranged(0, 1_000)

    def __init__(self, name, price, stock=0):
        self.name = name
        self.price = price
        self.stock = stock


class Thermostat:
    room = Typed(str)
    celsius = Ranged(5, 30)

    def __init__(self, room):
        self.room = room
