counts = {}
while True:
    line = input("Vote: ")
    if line.strip() == "":
        break
    name = line.strip().capitalize()
    counts[name] = counts.get(name, 0) + 1

if not counts:
    print("No votes.")
else:
    # Sorted by votes only: equal votes stay in the order they were first typed.
    for name, votes in sorted(counts.items(), key=lambda item: item[1], reverse=True):
        print(f"{name}: {votes}")
    top = max(counts.values())
    leaders = sorted([name for name in counts if counts[name] == top])
    if len(leaders) == 1:
        print(f"Winner: {leaders[0]}")
    else:
        print("Tie: " + ", ".join(leaders))
