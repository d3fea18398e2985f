def empty_hall(rows, seats):
    """Return a list of rows lists, each holding seats free seats "."."""
    # The comprehension builds a brand new row list each time round.
    return [["."] * seats for _ in range(rows)]


def book(hall, row, seat):
    """Book row and seat (both counted from 1). Return True if it was free, else False."""
    # Tickets count from 1, list positions from 0.
    if hall[row - 1][seat - 1] == "X":
        return False
    hall[row - 1][seat - 1] = "X"
    return True


def free_seats(hall):
    """Return how many seats of the hall are free (".")."""
    free = 0
    for row in hall:
        free += row.count(".")
    return free
