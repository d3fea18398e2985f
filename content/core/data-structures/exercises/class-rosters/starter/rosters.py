def rosters(choices):
    """Return a dictionary from each club to the sorted list of pupils who chose it."""
    # Replace `pass` with your code.
    pass


def biggest_club(clubs):
    """Return the club with the most pupils; on a tie, the club name that comes first A to Z."""
    pass
