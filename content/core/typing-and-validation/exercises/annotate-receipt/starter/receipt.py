# This file works: the tests of its behaviour already pass.
# Your job: add type hints until `mypy --strict` finds no errors.
# Do not change what the functions do.


def line_total(price, quantity):
    """The cost of one line: the unit price times the quantity, rounded to cents."""
    return round(price * quantity, 2)


def format_line(name, price, quantity):
    """One printed line of the receipt, such as "3 x tea           7.50"."""
    return f"{quantity} x {name:<12}{line_total(price, quantity):>8.2f}"


def receipt(items):
    """Every line of the receipt, then a last line with the total."""
    lines = [format_line(name, price, quantity) for name, price, quantity in items]
    total = sum(line_total(price, quantity) for _, price, quantity in items)
    lines.append(f"{'TOTAL':<16}{total:>8.2f}")
    return lines


def cheapest(items):
    """The name of the item with the lowest unit price, or None when there are no items."""
    if not items:
        return None
    name, _, _ = min(items, key=lambda item: item[1])
    return name
