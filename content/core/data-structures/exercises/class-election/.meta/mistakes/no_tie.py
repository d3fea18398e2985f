def by_votes(item):
    name, votes = item
    return (-votes, name)


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
    ranking = sorted(counts.items(), key=by_votes)
    for name, votes in ranking:
        print(f"{name}: {votes}")
    winner, most = ranking[0]
    print(f"Winner: {winner}")
