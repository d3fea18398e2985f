import csv


def totals_by_category(path):
    """Return {category: total amount, rounded to 2 decimals} for the CSV file at path."""
    totals = {}
    with open(path, encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            category = row["category"]
            totals[category] = totals.get(category, 0) + float(row["amount"])
    # Adding floats leaves tiny errors (0.1 + 0.2 is 0.30000000000000004): round at the end.
    return {category: round(total, 2) for category, total in totals.items()}


def write_totals(totals, path):
    """Write totals as a CSV file: a header row category,total, then one row per category."""
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["category", "total"])
        for category in sorted(totals):
            writer.writerow([category, f"{totals[category]:.2f}"])
