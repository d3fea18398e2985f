import argparse
import logging
import sys


def format_event(event, **fields):
    """Return a log line such as: event=row_skipped line=3 reason="not a number"."""
    # Replace `pass` with your code.
    pass


def parse_row(text):
    """Return (sku, quantity) for a line such as "A-100,4"; raise ValueError if it is bad."""
    # Replace `pass` with your code.
    pass


def import_stock(lines, logger):
    """Add up the quantity of each sku in the lines of a deliveries file (header first)."""
    # Replace `pass` with your code.
    pass


def main(argv=None):
    """The program: import the deliveries file named on the command line, print the stock."""
    # Step 1: read the path and --verbose with argparse (parser.parse_args(argv)).
    # Step 2: logging.basicConfig(level=..., format="%(levelname)s %(name)s %(message)s").
    # Step 3: read the file's lines; if it is missing, log an ERROR and return 1.
    # Step 4: print each sku and its total, A to Z, and return 0.
    # Replace `pass` with your code.
    pass


# Runs main() when you start the program, not when the tests import this file.
if __name__ == "__main__":
    sys.exit(main())
