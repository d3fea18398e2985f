def pairings(games):
    """Return the set of pairings: a frozenset of the two names for each pair that met."""
    # A frozenset forgets the order of the two names and can be a member of a set.
    return {frozenset(game) for game in games}


def opponents(games, player):
    """Return the set of names of everyone who played against player."""
    found = set()
    for first, second in games:
        if first == player:
            found.add(second)
        elif second == player:
            found.add(first)
    return found


def rematches(games):
    """Return the set of pairings (frozensets) that played more than once."""
    seen = set()
    again = set()
    for game in games:
        pair = frozenset(game)
        if pair in seen:
            again.add(pair)
        seen.add(pair)
    return again
