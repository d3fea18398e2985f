"""The rules of the stock report: pure functions, no files, no settings, no printing."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """One product in the inventory."""

    sku: str
    name: str
    stock: int
    minimum: int


def parse_item(row: Mapping[str, str]) -> Item:
    """An Item from one row of the inventory CSV (all values are text)."""
    return Item(row["sku"].strip(), row["name"].strip(), int(row["stock"]), int(row["minimum"]))


def low_stock(items: Iterable[Item], margin: int) -> list[Item]:
    """The items whose stock is at most minimum + margin, fewest first (then by SKU)."""
    low = [item for item in items if item.stock <= item.minimum + margin]
    return sorted(low, key=lambda item: item.sku)


def report(items: list[Item], margin: int) -> list[str]:
    """The lines of the report: one per low item, then a summary."""
    low = low_stock(items, margin)
    lines = [f"{item.sku} {item.name}: {item.stock} left (minimum {item.minimum})" for item in low]
    return [*lines, f"{len(low)} of {len(items)} products are low"]
