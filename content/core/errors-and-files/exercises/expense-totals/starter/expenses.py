import csv


def totals_by_category(path):
    """Return {category: total amount, rounded to 2 decimals} for the CSV file at path."""
    # Replace `pass` with your code.
    pass


def write_totals(totals, path):
    """Write totals as a CSV file: a header row category,total, then one row per category."""
    # Replace `pass` with your code.
    pass
