# Import what you need from the itertools module here.


def fixtures(teams):
    """Return a list of (team, team) tuples: every pair of teams once."""
    # Replace `pass` with your code.
    pass


def running_totals(points):
    """Return a list with the total of points after each match."""
    # Replace `pass` with your code.
    pass


def kits(shirts, shorts):
    """Return a list of (shirt, shorts) tuples: every shirt with every pair of shorts."""
    # Replace `pass` with your code.
    pass
