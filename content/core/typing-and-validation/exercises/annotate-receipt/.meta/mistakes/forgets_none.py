def line_total(price: float, quantity: int) -> float:
    return round(price * quantity, 2)


def format_line(name: str, price: float, quantity: int) -> str:
    return f"{quantity} x {name:<12}{line_total(price, quantity):>8.2f}"


def receipt(items: list[tuple[str, float, int]]) -> list[str]:
    lines = [format_line(name, price, quantity) for name, price, quantity in items]
    total = sum(line_total(price, quantity) for _, price, quantity in items)
    lines.append(f"{'TOTAL':<16}{total:>8.2f}")
    return lines


def cheapest(items: list[tuple[str, float, int]]) -> str:
    if not items:
        return None
    name, _, _ = min(items, key=lambda item: item[1])
    return name
