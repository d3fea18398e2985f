def title_key(book):
    title, author, year = book
    return title.lower()


def year_key(book):
    title, author, year = book
    return (year, title.lower())


def by_title(books):
    books.sort(key=title_key)
    return books


def by_year(books):
    books.sort(key=year_key)
    return books


def newest_title(books):
    return by_year(books)[-1][0]
