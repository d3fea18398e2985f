def pairings(games):
    return set(games)


def opponents(games, player):
    found = set()
    for first, second in games:
        if first == player:
            found.add(second)
        elif second == player:
            found.add(first)
    return found


def rematches(games):
    seen = set()
    again = set()
    for game in games:
        if game in seen:
            again.add(game)
        seen.add(game)
    return again
