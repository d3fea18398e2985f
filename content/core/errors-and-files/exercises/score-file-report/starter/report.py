# A report on a CSV file of test scores (columns: name,score).
import csv


def main():
    # Step 1: ask for the file name.

    # Step 2: open the file; if it does not exist, print File not found: <name> and return.

    # Step 3: read each row; keep the scores that are whole numbers, report the others.

    # Step 4: print Students, Average and Best (or No scores to report.).
    pass


main()
