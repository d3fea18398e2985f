def totals_by_category(path):
    totals = {}
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    for line in lines[1:]:
        parts = line.split(",")
        category = parts[1]
        amount = float(parts[-1])
        totals[category] = totals.get(category, 0) + amount
    return {category: round(total, 2) for category, total in totals.items()}


def write_totals(totals, path):
    with open(path, "w", encoding="utf-8") as file:
        file.write("category,total\n")
        for category in sorted(totals):
            file.write(f"{category},{totals[category]:.2f}\n")
