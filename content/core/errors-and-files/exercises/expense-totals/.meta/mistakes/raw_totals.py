import csv


def totals_by_category(path):
    totals = {}
    with open(path, encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            category = row["category"]
            totals[category] = totals.get(category, 0) + float(row["amount"])
    return {category: round(total, 2) for category, total in totals.items()}


def write_totals(totals, path):
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["category", "total"])
        for category, total in totals.items():
            writer.writerow([category, total])
