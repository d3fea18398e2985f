def by_votes(item):
    name, votes = item
    return (-votes, name)


counts = {}
while True:
    line = input("Vote: ")
    if line.strip() == "":
        break
    name = line.strip().capitalize()
    counts[name] += 1

if not counts:
    print("No votes.")
else:
    for name, votes in sorted(counts.items(), key=by_votes):
        print(f"{name}: {votes}")
