def pairings(games):
    return {set(game) for game in games}


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
        pair = set(game)
        if pair in seen:
            again.add(pair)
        seen.add(pair)
    return again
