def parse_entry(line):
    """Turn a line such as "ada 42" into the pair ("ada", 42)."""
    name, score = line.split()
    # The score must be a number: as text, "9" would beat "100".
    return name, int(score)


def top_three(entries):
    """Return a new list of the three best (name, score) pairs: highest first, ties A to Z."""
    # -score puts high scores first; the name breaks ties from A to Z.
    entries.sort(key=lambda entry: (-entry[1], entry[0]))
    return entries[:3]


def show(entries):
    """Print each (name, score) pair on its own numbered line, such as: 1. mia 50"""
    for place, (name, score) in enumerate(entries, start=1):
        print(f"{place}. {name} {score}")


def main():
    """The program: read the players, then show the top three."""
    count = int(input())
    entries = []
    for _ in range(count):
        entries.append(parse_entry(input()))
    show(top_three(entries))


# Runs main() when the file is started as a program, not when it is imported.
if __name__ == "__main__":
    main()
