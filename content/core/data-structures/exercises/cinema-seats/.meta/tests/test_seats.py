from seats import book, empty_hall, free_seats


def test_empty_hall():
    """Builds a hall of free seats with the right number of rows and seats."""
    result = empty_hall(2, 3)
    assert result is not None, "empty_hall should return the new hall; it returned None"
    assert result == [[".", ".", "."], [".", ".", "."]], (
        "empty_hall(2, 3) should return [['.', '.', '.'], ['.', '.', '.']]: 2 rows of 3 free seats"
    )


def test_rows_are_separate_lists():
    """Changing one row of a new hall leaves the other rows alone."""
    hall = empty_hall(3, 4)
    hall[0][0] = "X"
    assert hall[1][0] == ".", (
        "After hall[0][0] = \"X\" in a new hall, row 2 changed too: all rows are one and the "
        "same list. [[\".\"] * seats] * rows, or appending the same row list again and again, "
        "repeats one row; build a new list for each row"
    )


def test_book_counts_from_one():
    """Row 1, seat 1 is the very first seat, hall[0][0]."""
    hall = empty_hall(2, 3)
    result = book(hall, 1, 1)
    assert result is True, "book should return True when the seat was free"
    assert hall == [["X", ".", "."], [".", ".", "."]], (
        "After book(hall, 1, 1) the hall should be [['X', '.', '.'], ['.', '.', '.']]: "
        "row 1, seat 1 is hall[0][0], because tickets count from 1 and lists from 0"
    )
    book(hall, 2, 3)
    assert hall == [["X", ".", "."], [".", ".", "X"]], (
        "After book(hall, 2, 3) the last seat of the last row, hall[1][2], should be \"X\""
    )


def test_cannot_book_twice():
    """A booked seat cannot be booked again."""
    hall = empty_hall(2, 3)
    book(hall, 2, 2)
    result = book(hall, 2, 2)
    assert result is False, (
        "Booking a seat that is already taken should return False"
    )
    assert hall == [[".", ".", "."], [".", "X", "."]], (
        "Booking a taken seat again should not change the hall"
    )


def test_free_seats():
    """Counts the free seats in every row."""
    hall = [
        ["X", ".", "."],
        [".", "X", "X"],
        ["X", "X", "X"],
    ]
    assert free_seats(hall) == 3, (
        "free_seats should return 3 for a hall with 2 free seats in row 1, 1 in row 2 and "
        "none in row 3: add up the free seats of every row"
    )
    assert free_seats(empty_hall(3, 4)) == 12, "A new hall of 3 rows of 4 seats has 12 free seats"
