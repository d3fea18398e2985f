from books import Book


def test_new_book_keeps_its_details():
    """A new book stores its title, author and pages, with no pages read."""
    book = Book("Dune", "Frank Herbert", 412)
    assert book.title == "Dune", 'Book("Dune", "Frank Herbert", 412).title should be "Dune"'
    assert book.author == "Frank Herbert", (
        'Book("Dune", "Frank Herbert", 412).author should be "Frank Herbert"'
    )
    assert book.pages == 412, 'Book("Dune", "Frank Herbert", 412).pages should be 412'
    assert book.pages_read == 0, "A new book should start with pages_read equal to 0"


def test_reading_adds_up():
    """read(count) adds count pages each time."""
    book = Book("Emma", "Jane Austen", 474)
    book.read(30)
    book.read(12)
    assert book.pages_read == 42, (
        "After read(30) and read(12) pages_read should be 42: each call adds to what was read before"
    )
    assert book.pages_left() == 432, "After reading 42 of 474 pages, pages_left() should return 432"


def test_cannot_read_past_the_end():
    """Reading more pages than are left stops at the last page."""
    book = Book("Emma", "Jane Austen", 474)
    book.read(470)
    book.read(50)
    assert book.pages_read == 474, (
        "Reading 50 pages when only 4 are left should leave pages_read at 474, the last page: "
        "never read past the end"
    )
    assert book.pages_left() == 0, "A book read to the end should have pages_left() equal to 0"


def test_finished_only_at_the_end():
    """is_finished() is False until the last page, then True."""
    book = Book("Coraline", "Neil Gaiman", 162)
    assert book.is_finished() is False, "A new book should not be finished: is_finished() should return False"
    book.read(161)
    assert book.is_finished() is False, (
        "With one page still to read, is_finished() should return False"
    )
    book.read(1)
    assert book.is_finished() is True, "After reading every page, is_finished() should return True"


def test_progress_in_whole_per_cent():
    """progress() is the share read, in per cent, rounded down."""
    book = Book("Short story", "Anon", 3)
    assert book.progress() == 0, "A new book should have progress() equal to 0"
    book.read(1)
    assert book.progress() == 33, (
        "After reading 1 page of 3, progress() should return 33: per cent as a whole number, "
        "rounded down with //"
    )
    book.read(2)
    assert book.progress() == 100, "A finished book should have progress() equal to 100"


def test_describe():
    """describe() gives title, author and pages read of pages."""
    book = Book("Dune", "Frank Herbert", 412)
    book.read(120)
    assert book.describe() == "Dune by Frank Herbert: 120/412 pages", (
        'After reading 120 pages, describe() should return "Dune by Frank Herbert: 120/412 pages"'
    )


def test_books_are_separate():
    """Reading one book does not change another."""
    first = Book("Dune", "Frank Herbert", 412)
    second = Book("Emma", "Jane Austen", 474)
    first.read(100)
    assert second.pages_read == 0, (
        "Reading one book should not change another: keep pages_read on self, "
        "so each book has its own"
    )
    assert first.pages_read == 100, "After first.read(100), first.pages_read should be 100"
