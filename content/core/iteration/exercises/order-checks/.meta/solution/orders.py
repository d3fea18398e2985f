from collections.abc import Iterable

Line = tuple[str, int, float]


def order_total(lines: Iterable[Line]) -> float:
    """Return the sum of quantity * unit_price over the (product, quantity, unit_price) lines."""
    return sum(quantity * price for _, quantity, price in lines)


def has_big_line(lines: Iterable[Line], limit: float) -> bool:
    """Return True when some line's quantity * unit_price is more than limit."""
    # any() stops at the first True, and the generator computes nothing past it.
    return any(quantity * price > limit for _, quantity, price in lines)


def first_missing(products: Iterable[str], stock: dict[str, int]) -> str | None:
    """Return the first product whose stock is 0 or unknown, or None."""
    return next((product for product in products if stock.get(product, 0) == 0), None)
