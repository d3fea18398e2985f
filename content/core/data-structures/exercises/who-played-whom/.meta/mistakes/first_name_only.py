def pairings(games):
    return {frozenset(game) for game in games}


def opponents(games, player):
    return {second for first, second in games if first == player}


def rematches(games):
    seen = set()
    again = set()
    for game in games:
        pair = frozenset(game)
        if pair in seen:
            again.add(pair)
        seen.add(pair)
    return again
