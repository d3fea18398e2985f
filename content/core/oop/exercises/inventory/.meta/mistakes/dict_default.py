from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Product:
    name: str
    price: int

    def __post_init__(self):
        if self.price < 0:
            raise ValueError("price cannot be negative")


@dataclass
class Inventory:
    shop: str
    stock: dict = {}

    def add(self, product, quantity=1):
        self.stock[product] = self.stock.get(product, 0) + quantity

    def remove(self, product, quantity=1):
        have = self.stock.get(product, 0)
        if quantity > have:
            raise ValueError(f"not enough {product.name}: {have} in stock")
        if quantity == have:
            del self.stock[product]
        else:
            self.stock[product] = have - quantity

    def total_value(self):
        return sum(product.price * count for product, count in self.stock.items())

    def products(self):
        return sorted(self.stock)
