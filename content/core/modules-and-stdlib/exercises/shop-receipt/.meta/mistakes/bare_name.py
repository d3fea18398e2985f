import sys

import money
from shop import price_of


def receipt_lines(items):
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
    for line in receipt_lines(sys.argv[1:]):
        print(line)


if __name__ == "__main__":
    main()
