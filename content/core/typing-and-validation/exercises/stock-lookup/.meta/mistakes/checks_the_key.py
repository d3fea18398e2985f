def find_stock(stock: dict[str, int], item: str) -> int | None:
    return stock.get(item)


def can_order(stock: dict[str, int], item: str, wanted: int) -> bool:
    count = find_stock(stock, item)
    # Right at run time, but mypy cannot see that item in stock means count is not None.
    return item in stock and count >= wanted


def stock_message(stock: dict[str, int], item: str) -> str:
    count = find_stock(stock, item)
    if count is None:
        return f"{item}: not sold here"
    if count == 0:
        return f"{item}: sold out"
    return f"{item}: {count} in stock"


def total_in_stock(stock: dict[str, int], items: list[str]) -> int:
    return sum(find_stock(stock, item) or 0 for item in items)
