"""Print a sales report for a CSV file, reading it one row at a time."""

import csv
import sys
from collections.abc import Iterable, Iterator

Sale = tuple[str, str, float]  # (region, product, amount)


def read_sales(lines: Iterable[str]) -> Iterator[Sale]:
    """Yield (region, product, amount) for each row of a sales CSV; the header is skipped."""
    rows = iter(lines)
    next(rows, None)  # the header
    for line in rows:
        _, region, product, quantity, price = line.strip().split(",")
        yield region, product, int(quantity) * float(price)


def summarize(sales: Iterable[Sale]) -> tuple[int, dict[str, float], Sale | None]:
    """Return (number of sales, total per region, biggest sale) in one pass over sales."""
    count = 0
    totals: dict[str, float] = {}
    best = None
    for sale in sales:
        region, _, amount = sale
        count += 1
        totals[region] = totals.get(region, 0) + amount
        if best is None or amount > best[2]:  # on a tie the first sale stays the biggest
            best = sale
    return count, totals, best


def main() -> None:
    """The program: python report.py SALES_FILE."""
    if len(sys.argv) != 2:
        sys.exit("usage: python report.py SALES_FILE")
    with open(sys.argv[1], newline="") as file:  # the file is read line by line, never whole
        count, totals, best = summarize(read_sales(file))
    print(f"sales: {count}")
    for region in sorted(totals):
        print(f"{region}: {totals[region]:.2f}")
    if best is None:
        print("biggest sale: none")
    else:
        region, product, amount = best
        print(f"biggest sale: {product} ({region}) {amount:.2f}")


if __name__ == "__main__":
    main()
