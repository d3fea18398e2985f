# A report on a CSV file of test scores (columns: name,score).


def main():
    file_name = input("File name: ")
    names = []
    scores = []
    try:
        with open(file_name, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except FileNotFoundError:
        print(f"File not found: {file_name}")
        return
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split(",")
        try:
            score = int(parts[1])
        except ValueError:
            print(f"Line {number} skipped: {parts[1]!r} is not a whole number")
        else:
            names.append(parts[0])
            scores.append(score)
    if not scores:
        print("No scores to report.")
        return
    best = max(scores)
    print(f"Students: {len(scores)}")
    print(f"Average: {sum(scores) / len(scores):.2f}")
    print(f"Best: {names[scores.index(best)]} ({best})")


main()
