def find_stock(stock: dict[str, int], item: str) -> int | None:
    """How many of item the shop has, or None when the shop does not sell it at all."""
    return stock.get(item)


def can_order(stock: dict[str, int], item: str, wanted: int) -> bool:
    """True when the shop sells item and has at least `wanted` of it."""
    count = find_stock(stock, item)
    if count is None:  # mypy knows that count is an int after this line
        return False
    return count >= wanted


def stock_message(stock: dict[str, int], item: str) -> str:
    """Such as "tea: 12 in stock", "tea: sold out" or "tea: not sold here"."""
    count = find_stock(stock, item)
    if count is None:
        return f"{item}: not sold here"
    if count == 0:
        return f"{item}: sold out"
    return f"{item}: {count} in stock"


def total_in_stock(stock: dict[str, int], items: list[str]) -> int:
    """How many of these items the shop has together; an item it does not sell counts 0."""
    return sum(find_stock(stock, item) or 0 for item in items)
