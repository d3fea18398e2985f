# A report on a CSV file of test scores (columns: name,score).
import csv


def main():
    file_name = input("File name: ")
    try:
        with open(file_name, encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
    except FileNotFoundError:
        print(f"File not found: {file_name}")
        rows = []

    names = []
    scores = []
    # The header is line 1, so the first row of data is line 2.
    for number, row in enumerate(rows, start=2):
        try:
            score = int(row["score"])
        except ValueError:
            print(f"Line {number} skipped: {row['score']!r} is not a whole number")
        else:
            names.append(row["name"])
            scores.append(score)

    if not scores:
        print("No scores to report.")
        return
    best = max(scores)
    best_name = names[scores.index(best)]   # index() finds the first one in the file
    print(f"Students: {len(scores)}")
    print(f"Average: {sum(scores) / len(scores):.2f}")
    print(f"Best: {best_name} ({best})")


main()
