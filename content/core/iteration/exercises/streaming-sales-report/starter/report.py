"""Print a sales report for a CSV file, reading it one row at a time."""

import csv
import sys


def read_sales(lines):
    """Yield (region, product, amount) for each row of a sales CSV; the header is skipped."""
    # Replace `pass` with your code. Use yield.
    pass


def summarize(sales):
    """Return (number of sales, total per region, biggest sale) in one pass over sales."""
    # Replace `pass` with your code.
    pass


def main():
    """The program: python report.py SALES_FILE."""
    # Replace `pass` with your code: check the arguments, open the file, print the report.
    pass


if __name__ == "__main__":
    main()
