import json
from typing import NotRequired, TypedDict


class OrderLine(TypedDict):
    """One line of an order."""

    product: str
    quantity: int
    unit_price: float


class Order(TypedDict):
    """An order as the website sends it; note is left out when the customer wrote none."""

    order_id: int
    customer: str
    lines: list[OrderLine]
    note: NotRequired[str]


def parse_order(text: str) -> Order:
    """Read an order from JSON text, keeping only the keys that Order and OrderLine name."""
    data = json.loads(text)  # Any: mypy cannot know what the text holds
    order: Order = {
        "order_id": data["order_id"],
        "customer": data["customer"],
        "lines": [
            {"product": line["product"], "quantity": line["quantity"], "unit_price": line["unit_price"]}
            for line in data["lines"]
        ],
    }
    if "note" in data:
        order["note"] = data["note"]
    return order


def order_total(order: Order) -> float:
    """What the whole order costs, rounded to cents."""
    return round(sum(line["quantity"] * line["unit_price"] for line in order["lines"]), 2)


def describe(order: Order) -> str:
    """Such as "Order 17 for Ada: 12.50", with " (note: ...)" at the end when there is a note."""
    text = f"Order {order['order_id']} for {order['customer']}: {order_total(order):.2f}"
    if "note" in order:
        text += f" (note: {order['note']})"
    return text
