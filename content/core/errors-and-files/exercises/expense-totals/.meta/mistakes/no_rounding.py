import csv


def totals_by_category(path):
    totals = {}
    with open(path, encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            category = row["category"]
            totals[category] = totals.get(category, 0) + float(row["amount"])
    return totals


def write_totals(totals, path):
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["category", "total"])
        for category in sorted(totals):
            writer.writerow([category, f"{totals[category]:.2f}"])
