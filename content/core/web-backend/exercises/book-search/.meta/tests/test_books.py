"""BookRepository: add, get, search and delete with parameters, safe from SQL injection."""

import pytest

import books

SHELF = [
    ("Persuasion", "Jane Austen", 1817),
    ("Dune", "Frank Herbert", 1965),
    ("Emma", "Jane Austen", 1815),
    ("The Hitchhiker's Guide to the Galaxy", "Douglas Adams", 1979),
    ("Mansfield Park", "Jane Austen", 1814),
    ("Children of Dune", "Frank Herbert", 1976),
    ("Pride and Prejudice", "Jane Austen", 1813),
    ("Sense and Sensibility", "Jane Austen", 1811),
    ("Lady Susan", "Jane Austen", 1871),
    ("The Watsons", "Jane Austen", 1871),
]


def filled(path=":memory:"):
    repo = books.BookRepository(path)
    ids = {}
    for title, author, year in SHELF:
        try:
            ids[title] = repo.add(title, author, year)
        except NotImplementedError:
            pytest.fail("add is not written yet", pytrace=False)
        except Exception as error:
            pytest.fail(
                f"add({title!r}, {author!r}, {year}) raised {type(error).__name__}: {error}. "
                "Put every value into the SQL with a ? placeholder, never into the text itself",
                pytrace=False,
            )
    return repo, ids


def titles(found):
    return [book["title"] for book in found]


def test_add_returns_new_ids():
    """add returns the id of each new book: 1, 2, 3, ..."""
    repo, ids = filled()
    assert list(ids.values()) == list(range(1, len(SHELF) + 1)), (
        "add should return the id of the new row (cursor.lastrowid): 1 for the first book, "
        "2 for the second, ..."
    )


def test_get_returns_a_dict():
    """get(id) returns the book as a dict with its four columns."""
    repo, ids = filled()
    assert repo.get(ids["Emma"]) == {"id": ids["Emma"], "title": "Emma", "author": "Jane Austen", "year": 1815}, (
        "get(3) should return {'id': 3, 'title': 'Emma', 'author': 'Jane Austen', 'year': 1815}: "
        "dict(row) works because row_factory is sqlite3.Row"
    )
    guide = repo.get(ids["The Hitchhiker's Guide to the Galaxy"])
    assert guide is not None and guide["title"] == "The Hitchhiker's Guide to the Galaxy", (
        "A title with an apostrophe should be stored as it is: pass it as a parameter"
    )


def test_get_a_missing_book_returns_none():
    """get returns None for an id without a book."""
    repo, ids = filled()
    assert repo.get(999) is None, "get(999) should return None: there is no book with id 999"


def test_search_by_title_or_author_oldest_first():
    """search finds the text in titles and in authors, ignoring case, oldest first."""
    repo, ids = filled()
    assert titles(repo.search("dune")) == ["Dune", "Children of Dune"], (
        "search('dune') should find 'Dune' (1965) and 'Children of Dune' (1976), in that order: "
        "title LIKE '%dune%' ignores case, ORDER BY year"
    )
    assert titles(repo.search("HERBERT")) == ["Dune", "Children of Dune"], (
        "search('HERBERT') should find Frank Herbert's two books: search the author too "
        "(title LIKE ? OR author LIKE ?)"
    )
    assert titles(repo.search("adams")) == ["The Hitchhiker's Guide to the Galaxy"], (
        "search('adams') should find the book by Douglas Adams"
    )
    assert titles(repo.search("prejud")) == ["Pride and Prejudice"], (
        "search('prejud') should find 'Pride and Prejudice': the text may be anywhere in the "
        "title, so put % before and after it"
    )
    assert titles(repo.search("hitchhiker")) == ["The Hitchhiker's Guide to the Galaxy"], (
        "search('hitchhiker') should find 'The Hitchhiker's Guide to the Galaxy': % before and after the text"
    )
    assert repo.search("tolstoy") == [], "search('tolstoy') should return []: no title or author has it"


def test_search_same_year_by_title():
    """Books of the same year come in the order of their titles."""
    repo, ids = filled()
    assert titles(repo.search("austen")) == [
        "Sense and Sensibility",
        "Pride and Prejudice",
        "Mansfield Park",
        "Emma",
        "Persuasion",
        "Lady Susan",
        "The Watsons",
    ], "search('austen') should be ordered by year, and by title within a year: ORDER BY year, title"


def test_search_returns_dicts():
    """search returns a list of dicts like get."""
    repo, ids = filled()
    assert repo.search("Persuasion") == [
        {"id": ids["Persuasion"], "title": "Persuasion", "author": "Jane Austen", "year": 1817}
    ], "search('Persuasion') should return [the book as a dict with id, title, author and year]"


def test_search_text_is_only_text():
    """' OR '1'='1 and a DROP TABLE are searched for as text: they find nothing and drop nothing."""
    repo, ids = filled()
    for attack in ["' OR '1'='1", "Robert'); DROP TABLE books;--", "%' --", "\" OR \"\"=\""]:
        try:
            found = repo.search(attack)
        except Exception as error:
            pytest.fail(
                f"search({attack!r}) raised {type(error).__name__}: {error}. The search text "
                "became part of the SQL: put it in with a ? placeholder",
                pytrace=False,
            )
        assert found == [], (
            f"search({attack!r}) should find nothing: no title or author contains this text. "
            "It found books because the text became part of the SQL: use a ? placeholder"
        )
    assert len(repo.search("")) == len(SHELF), (
        "After the attacks all the books should still be there: search('') finds every book"
    )


def test_delete():
    """delete removes a book and says whether there was one."""
    repo, ids = filled()
    assert repo.delete(ids["Dune"]) is True, "delete of a stored book should return True"
    assert repo.get(ids["Dune"]) is None, "After delete(id), get(id) should return None"
    assert titles(repo.search("herbert")) == ["Children of Dune"], "delete should remove only that book"
    assert repo.delete(ids["Dune"]) is False, (
        "Deleting the same book again should return False: cursor.rowcount is 0 now"
    )
    assert repo.delete(999) is False, "delete(999) should return False: there is no such book"


def test_changes_are_committed(tmp_path):
    """A second repository on the same file sees what the first one added and deleted."""
    path = str(tmp_path / "shop.db")
    first, ids = filled(path)
    second = books.BookRepository(path)
    assert second.get(ids["Emma"]) is not None, (
        "A second BookRepository on the same file should see the books that add stored: commit "
        "each change (with self.connection: ...)"
    )
    first.delete(ids["Emma"])
    assert second.get(ids["Emma"]) is None, (
        "A second BookRepository on the same file should see that delete removed Emma: commit "
        "the delete too"
    )
    first.close()
    second.close()


def test_close():
    """After close(), the repository can no longer be used."""
    repo, ids = filled()
    repo.close()
    with pytest.raises(Exception):
        repo.get(ids["Emma"])
        pytest.fail("After close(), get should raise an error: close() closes the connection", pytrace=False)
