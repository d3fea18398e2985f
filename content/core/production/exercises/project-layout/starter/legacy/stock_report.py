"""The old stock report: one script that works, with everything mixed up.

    python legacy/stock_report.py inventory.csv

It reads the file, holds the setting in its code, applies the rule and prints, all in
one place: nothing can be tested without a file, and changing the margin for the shop
means changing the code. Split it into the package in src/stockcheck/.
"""

import csv
import sys

MARGIN = 2  # warn when the stock is at most minimum + MARGIN

with open(sys.argv[1], newline="", encoding="utf-8") as file:
    rows = list(csv.DictReader(file))

low = []
for row in rows:
    stock, minimum = int(row["stock"]), int(row["minimum"])
    if stock <= minimum + MARGIN:
        low.append((stock, row["sku"].strip(), row["name"].strip(), minimum))

for stock, sku, name, minimum in sorted(low):
    print(f"{sku} {name}: {stock} left (minimum {minimum})")
print(f"{len(low)} of {len(rows)} products are low")
