def title_key(book):
    title, author, year = book
    return title.lower()


def year_key(book):
    title, author, year = book
    return (year, title.lower())


def year_of(book):
    return book[2]


def by_title(books):
    return sorted(books, key=title_key())


def by_year(books):
    return sorted(books, key=year_key())


def newest_title(books):
    return max(books, key=year_of())[0]
