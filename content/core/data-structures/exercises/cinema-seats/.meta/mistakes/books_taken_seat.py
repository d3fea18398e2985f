def empty_hall(rows, seats):
    return [["."] * seats for _ in range(rows)]


def book(hall, row, seat):
    hall[row - 1][seat - 1] = "X"
    return True


def free_seats(hall):
    free = 0
    for row in hall:
        free += row.count(".")
    return free
