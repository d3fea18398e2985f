def empty_hall(rows, seats):
    return [["."] * seats for _ in range(rows)]


def book(hall, row, seat):
    if hall[row][seat] == "X":
        return False
    hall[row][seat] = "X"
    return True


def free_seats(hall):
    free = 0
    for row in hall:
        free += row.count(".")
    return free
