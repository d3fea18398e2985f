"""Print a summary of a CSV file: python csv_summary.py FILE"""

import argparse
import csv
import sys
from collections import Counter


def show_number(value):
    """Return a number as text: 19.0 -> '19', 2.5 -> '2.5'."""
    if value.is_integer():
        return str(int(value))
    return str(value)


def is_number(text):
    """Return True if float() can read text as a number."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def read_table(path):
    """Return (header, rows) of the CSV file at path, or (None, []) if the file is empty.

    Rows with the wrong number of fields are skipped with a warning on stderr; blank
    lines are skipped silently. Raises FileNotFoundError if there is no such file.
    """
    with open(path, newline="", encoding="utf-8") as handle:
        lines = list(csv.reader(handle))  # one list of fields per line; [] for a blank line
    if not lines:
        return None, []
    header = lines[0]
    rows = []
    # The header is line 1, so the first data line is line 2.
    for line_number, fields in enumerate(lines[1:], start=2):
        if not fields:
            continue
        if len(fields) != len(header):
            warning = f"line {line_number} has {len(fields)} fields, expected {len(header)}"
            print(f"Warning: {warning}; skipped", file=sys.stderr)
            continue
        rows.append([cell.strip() for cell in fields])
    return header, rows


def describe_column(name, cells):
    """Return the summary lines of one column, given all of its cells."""
    values = [cell for cell in cells if cell != ""]
    if not values:
        return [f"{name}: no values"]
    empty = len(cells) - len(values)
    if all(is_number(value) for value in values):
        lines = [f"{name}: number"]
        if empty:
            lines.append(f"  empty: {empty}")
        numbers = [float(value) for value in values]
        lines.append(f"  min: {show_number(min(numbers))}")
        lines.append(f"  max: {show_number(max(numbers))}")
        lines.append(f"  mean: {sum(numbers) / len(numbers):.2f}")  # over the filled cells only
    else:
        lines = [f"{name}: text"]
        if empty:
            lines.append(f"  empty: {empty}")
        # most_common keeps values with equal counts in the order they first appear.
        common = Counter(values).most_common(3)
        lines.append("  most common: " + ", ".join(f"{value} ({count})" for value, count in common))
    return lines


def main():
    parser = argparse.ArgumentParser(description="Print a summary of a CSV file.")
    parser.add_argument("file", help="the CSV file to summarise (the first line is the header)")
    args = parser.parse_args()

    try:
        header, rows = read_table(args.file)
    except FileNotFoundError:
        print(f"Error: cannot find {args.file}", file=sys.stderr)
        sys.exit(1)
    if header is None:
        print(f"Error: {args.file} is empty", file=sys.stderr)
        sys.exit(1)

    print(f"Rows: {len(rows)}")
    print(f"Columns: {len(header)}")
    for index, name in enumerate(header):
        cells = [row[index] for row in rows]
        for line in describe_column(name, cells):
            print(line)


if __name__ == "__main__":
    main()
