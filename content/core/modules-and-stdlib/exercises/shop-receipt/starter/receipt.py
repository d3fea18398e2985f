# Step 1: import sys, format_money from your money module, and price_of from the
# shop package.


def receipt_lines(items):
    """Return the receipt for a list of item names as a list of lines."""
    # Replace `pass` with your code.
    pass


def main():
    """Print the receipt for the item names given on the command line."""
    # Replace `pass` with your code.
    pass


# Step 2: call main() here, but only when this file is run as a program.
