import json
from typing import NotRequired, TypedDict


class OrderLine(TypedDict):
    """One line of an order."""

    # Write the keys of a line with their types here, one per line, such as:
    # product: str


class Order(TypedDict):
    """An order as the website sends it; note is left out when the customer wrote none."""

    # Write the keys of an order here. The lines are a list of OrderLine, and note
    # is a key that may be missing: NotRequired[str].


def parse_order(text: str) -> Order:
    """Read an order from JSON text, keeping only the keys that Order and OrderLine name."""
    raise NotImplementedError("write parse_order")


def order_total(order: Order) -> float:
    """What the whole order costs, rounded to cents."""
    raise NotImplementedError("write order_total")


def describe(order: Order) -> str:
    """Such as "Order 17 for Ada: 12.50", with " (note: ...)" at the end when there is a note."""
    raise NotImplementedError("write describe")
