"""Library: a Book model with a relationship, and queries built with select()."""

import pytest

import library

SHELF = [
    ("Persuasion", "Jane Austen", 1817),
    ("Dune", "Frank Herbert", 1965),
    ("Emma", "Jane Austen", 1815),
    ("The Dispossessed", "Ursula K. Le Guin", 1974),
    ("Children of Dune", "Frank Herbert", 1976),
    ("Mansfield Park", "Jane Austen", 1814),
    ("A Wizard of Earthsea", "Ursula K. Le Guin", 1968),
    ("Beloved", "Toni Morrison", 1987),
    ("The Left Hand of Darkness", "Ursula K. Le Guin", 1969),
    ("Sula", "Toni Morrison", 1973),
    ("Dune Messiah", "Frank Herbert", 1969),
]


def filled(url="sqlite://"):
    shelf = library.Library(url)
    ids = {}
    for title, author, year in SHELF:
        try:
            ids[title] = shelf.add_book(title, author, year)
        except NotImplementedError:
            pytest.fail("add_book is not written yet", pytrace=False)
        except Exception as error:
            pytest.fail(f"add_book({title!r}, {author!r}, {year}) raised {type(error).__name__}: {error}", pytrace=False)
    return shelf, ids


def plain(result, what, shape):
    """result as a plain list; a clear failure when it holds Row objects or other non-plain values."""
    if not isinstance(result, list) or not all(isinstance(item, (str, int, tuple)) for item in result):
        kind = "a list of other objects (such as SQLAlchemy's Row)" if isinstance(result, list) else "something else"
        pytest.fail(
            f"{what} should return a plain list of {shape}, but it returned {kind}. Unpack each "
            "row into a tuple: [(a, b) for a, b in session.execute(query)]",
            pytrace=False,
        )
    return result


def test_book_model_columns():
    """Book has the columns id, title, year and author_id, a foreign key to authors.id."""
    columns = library.Book.__table__.c
    assert library.Book.__tablename__ == "books", "Book's table should be called 'books'"
    assert sorted(columns.keys()) == ["author_id", "id", "title", "year"], (
        "The table books should have the columns id, title, year and author_id: one "
        "Mapped[...] attribute for each"
    )
    targets = [key.target_fullname for key in library.Book.__table__.foreign_keys]
    assert targets == ["authors.id"], (
        "author_id should be a foreign key to authors.id: mapped_column(ForeignKey(\"authors.id\"))"
    )
    assert columns.title.nullable is False and columns.year.nullable is False, (
        "title and year should be required: Mapped[str] and Mapped[int], not Optional"
    )
    assert str(columns.year.type) == "INTEGER" and str(columns.title.type) == "VARCHAR", (
        "year should be a whole number (Mapped[int]) and title text (Mapped[str])"
    )


def test_author_model():
    """Author (given) keeps its table authors, with a unique name."""
    assert library.Author.__tablename__ == "authors", "Author's table should stay 'authors'"
    assert library.Author.__table__.c.name.unique is True, "Author.name should stay unique=True"


def test_relationship_in_both_directions():
    """Book.author and Author.books are the two sides of one relationship."""
    jane = library.Author(name="Jane Austen")
    emma = library.Book(title="Emma", year=1815, author=jane)
    persuasion = library.Book(title="Persuasion", year=1817, author=jane)
    assert [book.title for book in jane.books] == ["Emma", "Persuasion"], (
        "Book(title=..., year=..., author=jane) should put the book into jane.books too: "
        "author: Mapped[Author] = relationship(back_populates=\"books\")"
    )
    assert emma.author.name == "Jane Austen" and persuasion.author.name == "Jane Austen", (
        "book.author should be the Author given"
    )
    dune = library.Book(title="Dune", year=1965)
    library.Author(name="Frank Herbert", books=[dune])
    assert dune.author is not None and dune.author.name == "Frank Herbert", (
        "Author(name=..., books=[dune]) should set dune.author too: the two sides of the "
        "relationship name each other, back_populates=\"author\" and back_populates=\"books\""
    )


def test_add_book_returns_ids():
    """add_book returns the new book's id: 1, 2, 3, ..."""
    shelf, ids = filled()
    assert list(ids.values()) == list(range(1, len(SHELF) + 1)), (
        "add_book should return the new book's id (book.id after session.commit()): 1, 2, 3, ..."
    )


def test_titles_by_oldest_first():
    """titles_by gives an author's titles, oldest first."""
    shelf, ids = filled()
    assert plain(shelf.titles_by("Jane Austen"), "titles_by", "str") == ["Mansfield Park", "Emma", "Persuasion"], (
        "titles_by('Jane Austen') should be ['Mansfield Park', 'Emma', 'Persuasion']: her books, "
        "ordered by year"
    )
    assert shelf.titles_by("Ursula K. Le Guin") == [
        "A Wizard of Earthsea",
        "The Left Hand of Darkness",
        "The Dispossessed",
    ], "titles_by('Ursula K. Le Guin') should list only her three books, oldest first"
    assert shelf.titles_by("Leo Tolstoy") == [], "titles_by('Leo Tolstoy') should be []: no such author"


def test_an_author_is_stored_once():
    """A second book by the same author reuses the author."""
    shelf, ids = filled()
    names = [name for name, count in plain(shelf.authors(), "authors", "(name, count) tuples")]
    assert sorted(names) == ["Frank Herbert", "Jane Austen", "Toni Morrison", "Ursula K. Le Guin"], (
        "authors() should list each of the four authors once: add_book should look the author "
        "up by name (session.scalar(select(Author).where(Author.name == ...))) and make a new "
        "Author only when there is none"
    )


def test_authors_most_books_first():
    """authors() counts the books: most first, the same count by name."""
    shelf, ids = filled()
    assert plain(shelf.authors(), "authors", "(name, count) tuples") == [
        ("Frank Herbert", 3),
        ("Jane Austen", 3),
        ("Ursula K. Le Guin", 3),
        ("Toni Morrison", 2),
    ], (
        "authors() should be [('Frank Herbert', 3), ('Jane Austen', 3), ('Ursula K. Le Guin', 3), "
        "('Toni Morrison', 2)]: func.count(Book.id) per author, most first, then by name"
    )
    shelf.add_book("Jazz", "Toni Morrison", 1992)
    shelf.add_book("Song of Solomon", "Toni Morrison", 1977)
    assert shelf.authors()[0] == ("Toni Morrison", 4), (
        "After two more books, Toni Morrison has 4 and should come first"
    )


def test_books_since():
    """books_since(year) gives (title, author) from that year on, by year and title."""
    shelf, ids = filled()
    assert plain(shelf.books_since(1969), "books_since", "(title, author) tuples") == [
        ("Dune Messiah", "Frank Herbert"),
        ("The Left Hand of Darkness", "Ursula K. Le Guin"),
        ("Sula", "Toni Morrison"),
        ("The Dispossessed", "Ursula K. Le Guin"),
        ("Children of Dune", "Frank Herbert"),
        ("Beloved", "Toni Morrison"),
    ], (
        "books_since(1969) should start with the two books of 1969 (that year is included: "
        "Book.year >= year), in the order of their titles, then go on by year"
    )
    assert shelf.books_since(1988) == [], "books_since(1988) should be []: no book is that new"


def test_stored_in_the_database(tmp_path):
    """A second Library on the same file sees the books: they were committed."""
    first, ids = filled(f"sqlite:///{tmp_path / 'library.db'}")
    second = library.Library(f"sqlite:///{tmp_path / 'library.db'}")
    assert second.titles_by("Toni Morrison") == ["Sula", "Beloved"], (
        "A second Library on the same database should see the books: session.commit() in add_book"
    )


def test_a_new_library_in_memory():
    """Library() with no URL starts empty, in memory."""
    shelf = library.Library()
    assert shelf.authors() == [], "A new Library() should have no authors"
    assert shelf.add_book("Emma", "Jane Austen", 1815) == 1, "The first book of a new Library() should get id 1"
    assert shelf.titles_by("Jane Austen") == ["Emma"], "Library() should keep its books while it is open"
