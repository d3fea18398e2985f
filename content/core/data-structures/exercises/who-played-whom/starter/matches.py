def pairings(games):
    """Return the set of pairings: a frozenset of the two names for each pair that met."""
    # Replace `pass` with your code.
    pass


def opponents(games, player):
    """Return the set of names of everyone who played against player."""
    pass


def rematches(games):
    """Return the set of pairings (frozensets) that played more than once."""
    pass
