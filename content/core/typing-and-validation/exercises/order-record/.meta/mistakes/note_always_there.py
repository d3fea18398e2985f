import json
from typing import TypedDict


class OrderLine(TypedDict):
    product: str
    quantity: int
    unit_price: float


class Order(TypedDict):
    order_id: int
    customer: str
    lines: list[OrderLine]
    note: str


def parse_order(text: str) -> Order:
    data = json.loads(text)
    return {
        "order_id": data["order_id"],
        "customer": data["customer"],
        "lines": [
            {"product": line["product"], "quantity": line["quantity"], "unit_price": line["unit_price"]}
            for line in data["lines"]
        ],
        "note": data.get("note", ""),
    }


def order_total(order: Order) -> float:
    return round(sum(line["quantity"] * line["unit_price"] for line in order["lines"]), 2)


def describe(order: Order) -> str:
    text = f"Order {order['order_id']} for {order['customer']}: {order_total(order):.2f}"
    if order["note"]:
        text += f" (note: {order['note']})"
    return text
