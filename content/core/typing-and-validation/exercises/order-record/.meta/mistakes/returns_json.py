import json
from typing import NotRequired, TypedDict


class OrderLine(TypedDict):
    product: str
    quantity: int
    unit_price: float


class Order(TypedDict):
    order_id: int
    customer: str
    lines: list[OrderLine]
    note: NotRequired[str]


def parse_order(text: str) -> Order:
    return json.loads(text)


def order_total(order: Order) -> float:
    return round(sum(line["quantity"] * line["unit_price"] for line in order["lines"]), 2)


def describe(order: Order) -> str:
    text = f"Order {order['order_id']} for {order['customer']}: {order_total(order):.2f}"
    if "note" in order:
        text += f" (note: {order['note']})"
    return text

