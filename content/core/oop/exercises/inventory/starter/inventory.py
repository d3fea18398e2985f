from dataclasses import dataclass, field


# Add the options that make products frozen and ordered.
@dataclass
class Product:
    """A product for sale, its price in cents."""

    name: str
    price: int


@dataclass
class Inventory:
    """What one shop has in stock: product -> how many."""

    shop: str
    # Add the field stock here.

    def add(self, product, quantity=1):
        """Add quantity to the count of product."""
        raise NotImplementedError

    def remove(self, product, quantity=1):
        """Take quantity away; refuse to take more than there are."""
        raise NotImplementedError

    def total_value(self):
        """Return what the whole stock is worth, in cents."""
        raise NotImplementedError

    def products(self):
        """Return the products in stock as a sorted list."""
        raise NotImplementedError
