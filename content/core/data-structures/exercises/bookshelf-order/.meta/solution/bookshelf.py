def title_key(book):
    """Sort key: the title in small letters, so capitals do not matter."""
    title, author, year = book
    return title.lower()


def year_key(book):
    """Sort key: the year first, then the title in small letters for books of the same year."""
    title, author, year = book
    return (year, title.lower())


def year_of(book):
    """The year of a (title, author, year) tuple."""
    return book[2]


def by_title(books):
    """Return a new list of (title, author, year) tuples sorted by title, ignoring capitals."""
    # Pass the function itself (no brackets): sorted() calls it for each book.
    return sorted(books, key=title_key)


def by_year(books):
    """Return a new list of the books, oldest first; the same year goes by title, ignoring capitals."""
    return sorted(books, key=year_key)


def newest_title(books):
    """Return the title of the most recent book (the first one in the list on a tie)."""
    # max() with a key returns the first of several equally recent books.
    return max(books, key=year_of)[0]
