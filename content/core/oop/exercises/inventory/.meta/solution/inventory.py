from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Product:
    """A product for sale, its price in cents."""

    name: str
    price: int

    def __post_init__(self) -> None:
        # Runs after the generated __init__: the place to check the fields.
        if self.price < 0:
            raise ValueError("price cannot be negative")


@dataclass
class Inventory:
    """What one shop has in stock: product -> how many."""

    shop: str
    stock: dict[Product, int] = field(default_factory=dict)  # a new dict for each inventory

    def add(self, product: Product, quantity: int = 1) -> None:
        """Add quantity to the count of product."""
        self.stock[product] = self.stock.get(product, 0) + quantity

    def remove(self, product: Product, quantity: int = 1) -> None:
        """Take quantity away; refuse to take more than there are."""
        have = self.stock.get(product, 0)
        if quantity > have:
            raise ValueError(f"not enough {product.name}: {have} in stock")
        if quantity == have:
            del self.stock[product]
        else:
            self.stock[product] = have - quantity

    def total_value(self) -> int:
        """Return what the whole stock is worth, in cents."""
        return sum(product.price * count for product, count in self.stock.items())

    def products(self) -> list[Product]:
        """Return the products in stock as a sorted list."""
        return sorted(self.stock)
