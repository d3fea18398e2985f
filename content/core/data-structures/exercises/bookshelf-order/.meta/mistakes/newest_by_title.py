def by_title(books):
    return sorted(books, key=lambda book: book[0].lower())


def by_year(books):
    return sorted(books, key=lambda book: (book[2], book[0].lower()))


def newest_title(books):
    # Sorted by (year, title), then the first book of the newest year.
    ordered = by_year(books)
    newest = ordered[-1][2]
    return [book for book in ordered if book[2] == newest][0][0]
