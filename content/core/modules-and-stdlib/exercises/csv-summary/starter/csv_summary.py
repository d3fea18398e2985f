"""Print a summary of a CSV file: python csv_summary.py FILE

A suggested plan (you may organise the program differently, as long as it prints
exactly what the instructions say):

1. main() reads the file name with argparse and handles a missing or empty file.
2. read_table() reads the header and the rows, skipping bad rows with a warning.
3. describe_column() builds the summary lines of one column.
"""

import argparse
import csv
import sys
from collections import Counter


def show_number(value):
    """Return a number as text: 19.0 -> '19', 2.5 -> '2.5'. (Ready to use.)"""
    if value.is_integer():
        return str(int(value))
    return str(value)


def is_number(text):
    """Return True if float() can read text as a number."""
    # Replace `pass` with your code.
    pass


def read_table(path):
    """Return (header, rows) of the CSV file at path, or (None, []) if the file is empty."""
    # Replace `pass` with your code.
    pass


def describe_column(name, cells):
    """Return the summary lines of one column, given all of its cells."""
    # Replace `pass` with your code.
    pass


def main():
    """Read the file name from the command line and print the summary."""
    # Replace `pass` with your code.
    pass


if __name__ == "__main__":
    main()
