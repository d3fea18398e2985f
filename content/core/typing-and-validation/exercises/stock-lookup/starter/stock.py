# The type hints are written for you. Write the bodies so that the tests pass
# and `mypy --strict` finds no errors: mypy will not let you use a value that may be
# None as if it were a number.


def find_stock(stock: dict[str, int], item: str) -> int | None:
    """How many of item the shop has, or None when the shop does not sell it at all."""
    raise NotImplementedError("write find_stock")


def can_order(stock: dict[str, int], item: str, wanted: int) -> bool:
    """True when the shop sells item and has at least `wanted` of it."""
    raise NotImplementedError("write can_order")


def stock_message(stock: dict[str, int], item: str) -> str:
    """Such as "tea: 12 in stock", "tea: sold out" or "tea: not sold here"."""
    raise NotImplementedError("write stock_message")


def total_in_stock(stock: dict[str, int], items: list[str]) -> int:
    """How many of these items the shop has together; an item it does not sell counts 0."""
    raise NotImplementedError("write total_in_stock")
