from itertools import accumulate, combinations, product


def fixtures(teams):
    """Return a list of (team, team) tuples: every pair of teams once."""
    # combinations gives each pair once, in the order of teams.
    return list(combinations(teams, 2))


def running_totals(points):
    """Return a list with the total of points after each match."""
    return list(accumulate(points))


def kits(shirts, shorts):
    """Return a list of (shirt, shorts) tuples: every shirt with every pair of shorts."""
    return list(product(shirts, shorts))
