# Count the class election.
# Read one name per line until an empty line, then print, for example:
# Ada: 3
# Bo: 2
# Cy: 2
# Winner: Ada


def by_votes(item):
    """Sort key for a (name, votes) pair: most votes first, then name A to Z."""
    name, votes = item
    return (-votes, name)


# Step 1: read the votes and count them in a dictionary.
counts = {}
while True:
    line = input("Vote: ")
    if line == "":
        break
    name = line.strip().capitalize()
    counts[name] = counts.get(name, 0) + 1

if not counts:
    print("No votes.")
else:
    # Step 2: one line per candidate, most votes first, then by name A to Z.
    for name, votes in sorted(counts.items(), key=by_votes):
        print(f"{name}: {votes}")

    # Step 3: everyone with the highest number of votes is a leader.
    top = max(counts.values())
    leaders = sorted([name for name in counts if counts[name] == top])
    if len(leaders) == 1:
        print(f"Winner: {leaders[0]}")
    else:
        print("Tie: " + ", ".join(leaders))
