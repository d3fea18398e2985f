def by_title(books):
    """Return a new list of (title, author, year) tuples sorted by title, ignoring capitals."""
    # Replace `pass` with your code.
    pass


def by_year(books):
    """Return a new list of the books, oldest first; the same year goes by title, ignoring capitals."""
    pass


def newest_title(books):
    """Return the title of the most recent book (the first one in the list on a tie)."""
    pass
