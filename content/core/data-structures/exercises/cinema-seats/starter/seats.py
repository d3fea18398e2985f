def empty_hall(rows, seats):
    """Return a list of rows lists, each holding seats free seats "."."""
    # Replace `pass` with your code.
    pass


def book(hall, row, seat):
    """Book row and seat (both counted from 1). Return True if it was free, else False."""
    pass


def free_seats(hall):
    """Return how many seats of the hall are free (".")."""
    pass
