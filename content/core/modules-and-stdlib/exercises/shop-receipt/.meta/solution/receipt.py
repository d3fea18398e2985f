import sys

from money import format_money  # our own module, money.py next to this file
from shop import price_of  # the shop package (shop/__init__.py)


def receipt_lines(items):
    """Return the receipt for a list of item names as a list of lines."""
    lines = []
    total = 0
    for item in items:
        cents = price_of(item)
        if cents is None:
            lines.append(f"{item}: not sold here")
        else:
            total += cents
            lines.append(f"{item}: {format_money(cents)}")
    lines.append(f"Total: {format_money(total)}")
    return lines


def main():
    """Print the receipt for the item names given on the command line."""
    for line in receipt_lines(sys.argv[1:]):  # sys.argv[0] is the program's own name
        print(line)


if __name__ == "__main__":  # true only for `python receipt.py`, not for `import receipt`
    main()
