def parse_entry(line):
    """Turn a line such as "ada 42" into the pair ("ada", 42)."""
    name, score = line.split()
    # The score must be a number: as text, "9" would beat "100".
    return name, int(score)


def top_three(entries):
    """Return a new list of the three best (name, score) pairs: highest first, ties A to Z."""
    # -score puts high scores first; the name breaks ties from A to Z.
    ranked = sorted(entries, key=lambda entry: (-entry[1], entry[0]))
    return ranked[:3]


def show(entries):
    """Print each (name, score) pair on its own numbered line, such as: 1. mia 50"""
    for place, (name, score) in enumerate(entries, start=1):
        print(f"{place}. {name} {score}")


# The program:
count = int(input())
entries = []
for _ in range(count):
    entries.append(parse_entry(input()))
show(top_three(entries))
