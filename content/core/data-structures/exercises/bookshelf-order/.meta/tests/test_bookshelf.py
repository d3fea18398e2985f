from bookshelf import by_title, by_year, newest_title


def example():
    """A fresh copy of the example books."""
    return [
        ("the hobbit", "Tolkien", 1937),
        ("Dune", "Herbert", 1965),
        ("emma", "Austen", 1815),
        ("Momo", "Ende", 1973),
        ("Matilda", "Dahl", 1988),
        ("Beloved", "Morrison", 1987),
    ]


def titles(books):
    """Just the titles of a list of books, or the value itself if it is not such a list."""
    try:
        return [book[0] for book in books]
    except (TypeError, IndexError, KeyError):
        return books


def test_by_title():
    """Sorts the books by title, ignoring capitals."""
    result = by_title(example())
    assert result is not None, "by_title should return the sorted list; it returned None"
    assert titles(result) == ["Beloved", "Dune", "emma", "Matilda", "Momo", "the hobbit"], (
        "by_title should put the titles in this order: Beloved, Dune, emma, Matilda, Momo, "
        "the hobbit. Ignore capitals: emma goes between Dune and Matilda"
    )
    assert result[0] == ("Beloved", "Morrison", 1987), (
        "by_title should return the whole (title, author, year) tuples, not just the titles"
    )


def test_by_year():
    """Sorts the books from the oldest to the newest."""
    result = by_year(example())
    assert result is not None, "by_year should return the sorted list; it returned None"
    assert titles(result) == ["emma", "the hobbit", "Dune", "Momo", "Beloved", "Matilda"], (
        "by_year should put the books in this order: emma (1815), the hobbit (1937), "
        "Dune (1965), Momo (1973), Beloved (1987), Matilda (1988)"
    )


def test_same_year_goes_by_title():
    """Sorts books of the same year by title, ignoring capitals."""
    books = [
        ("Zebra tales", "Ng", 2001),
        ("mango moon", "Ito", 2001),
        ("apple days", "Roy", 2001),
        ("Kiwi", "Sol", 1999),
    ]
    assert titles(by_year(books)) == ["Kiwi", "apple days", "mango moon", "Zebra tales"], (
        "by_year should give Kiwi (1999), then the three books of 2001 by title ignoring "
        "capitals: apple days, mango moon, Zebra tales. Let the key return (year, title in "
        "small letters)"
    )


def test_newest_title():
    """Names the most recent book, the first one on a tie."""
    assert newest_title(example()) == "Matilda", (
        "newest_title should return 'Matilda' for the example: it is from 1988, the newest year"
    )
    books = [("Old", "A", 1990), ("First new", "B", 2020), ("Second new", "C", 2020)]
    assert newest_title(books) == "First new", (
        "Two books are from 2020, so newest_title should return 'First new', the one that "
        "comes first in the list"
    )


def test_leaves_the_list_alone():
    """Does not change the list it was given."""
    books = example()
    by_title(books)
    by_year(books)
    newest_title(books)
    assert books == example(), (
        "One of the functions changed the list it was given: use sorted(), which builds a "
        "new list, instead of .sort()"
    )


def test_newest_tie_keeps_list_order_not_title_order():
    """On a tie for the newest year, the book that comes first in the list wins, whatever its title."""
    books = [("Zoo days", "K", 2021), ("Old times", "L", 1950), ("Apple pie", "M", 2021)]
    assert newest_title(books) == "Zoo days", (
        "Zoo days and Apple pie are both from 2021, so newest_title should return 'Zoo days', "
        "the one that comes first in the list (not the one that comes first A to Z)"
    )
