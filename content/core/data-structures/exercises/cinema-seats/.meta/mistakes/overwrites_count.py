def empty_hall(rows, seats):
    return [["."] * seats for _ in range(rows)]


def book(hall, row, seat):
    if hall[row - 1][seat - 1] == "X":
        return False
    hall[row - 1][seat - 1] = "X"
    return True


def free_seats(hall):
    for row in hall:
        free = row.count(".")
    return free
