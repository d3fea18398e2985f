"""Book, Member and Library, each on its own."""

from library import Book, Library, LoanError, Member


def attempt(action, *args):
    """Run action(*args): give back (the name of the error it raised, its message),
    or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__, str(error)
    return "no error", ""


def village():
    """A library with Dune and The Hobbit, and the members ana (limit 1) and bo (limit 2)."""
    library = Library()
    library.add_book("D1", "Dune")
    library.add_book("H1", "The Hobbit")
    library.add_member("ana", 1)
    library.add_member("bo", 2)
    return library


def titles(books):
    return [book.title for book in books]


def test_loan_error_is_an_exception():
    """LoanError is a kind of Exception."""
    assert issubclass(LoanError, Exception), "LoanError should be a subclass of Exception"


def test_book_is_a_frozen_dataclass():
    """Book(code, title) compares by value and cannot be changed."""
    dune = Book("D1", "Dune")
    assert (dune.code, dune.title) == ("D1", "Dune"), 'Book("D1", "Dune") should have code "D1" and title "Dune"'
    assert (dune == Book("D1", "Dune")) is True, "Two Book(\"D1\", \"Dune\") should be equal: make Book a dataclass"
    kind, _ = attempt(setattr, dune, "title", "Emma")
    assert kind == "FrozenInstanceError", (
        f"Changing a book's title should raise FrozenInstanceError, but it gave {kind}. "
        "Use @dataclass(frozen=True)"
    )


def test_member():
    """Member(name, limit) starts with its own empty list and can_borrow is a property."""
    ana, bo = Member("ana", 1), Member("bo", 2)
    assert (ana.name, ana.limit) == ("ana", 1), 'Member("ana", 1) should have name "ana" and limit 1'
    assert ana.books == [], "A new member should have an empty list of books"
    assert ana.can_borrow is True, (
        "A new member with limit 1 should have can_borrow True: make can_borrow a property (no brackets)"
    )
    ana.books.append(Book("D1", "Dune"))
    assert bo.books == [], "Each member should have their own list: use field(default_factory=list)"
    full = Member("cy", 0)
    assert full.can_borrow is False, "A member with limit 0 should have can_borrow False"


def test_add_returns_the_new_objects():
    """add_book and add_member return the new Book and Member."""
    library = Library()
    book = library.add_book("D1", "Dune")
    member = library.add_member("ana", 1)
    assert (book == Book("D1", "Dune")) is True, 'add_book("D1", "Dune") should return Book("D1", "Dune")'
    assert (member.name, member.limit) == ("ana", 1), 'add_member("ana", 1) should return the new Member'


def test_lend_and_give_back():
    """lend puts the book on the member's list; give_back takes it off."""
    library = village()
    book = library.lend("H1", "bo")
    assert book.title == "The Hobbit", 'lend("H1", "bo") should return the Book with the title The Hobbit'
    library.lend("D1", "bo")
    assert titles(library.available()) == [], "With both books lent, available() should be []"
    back = library.give_back("H1")
    assert back.title == "The Hobbit", 'give_back("H1") should return the Book The Hobbit'
    assert titles(library.available()) == ["The Hobbit"], (
        "After the Hobbit comes back, available() should list only it"
    )
    library.lend("H1", "bo")
    assert titles(library.available()) == [], "A returned book can be lent again"


def test_member_books_follow_the_loans():
    """A member's books list holds what they have borrowed now."""
    library = village()
    library.add_member("cy", 2)
    cy = library.add_member("cy", 2)
    library.lend("D1", "cy")
    library.lend("H1", "cy")
    assert titles(cy.books) == ["Dune", "The Hobbit"], (
        "After lending Dune and The Hobbit to cy, cy's books should be [Dune, The Hobbit]: "
        "lend appends the book to member.books"
    )
    library.give_back("D1")
    assert titles(cy.books) == ["The Hobbit"], "After Dune comes back, cy's books should be only The Hobbit"


def test_available_sorted_by_title():
    """available() lists the books nobody has, sorted by title."""
    library = Library()
    for code, title in (("Z1", "Zen"), ("A1", "Atlas"), ("M1", "Moby Dick")):
        library.add_book(code, title)
    library.add_member("bo", 2)
    assert titles(library.available()) == ["Atlas", "Moby Dick", "Zen"], (
        "available() should list the titles from A to Z: Atlas, Moby Dick, Zen"
    )
    library.lend("A1", "bo")
    assert titles(library.available()) == ["Moby Dick", "Zen"], (
        "After Atlas is lent, available() should be Moby Dick, Zen"
    )


def test_refusals():
    """lend and give_back raise LoanError with the messages of the table."""
    library = village()
    library.lend("D1", "ana")
    cases = [
        ((library.lend, "X9", "bo"), "no book X9"),
        ((library.lend, "X9", "zed"), "no book X9"),
        ((library.lend, "H1", "zed"), "no member zed"),
        ((library.lend, "D1", "bo"), "Dune is already lent to ana"),
        ((library.lend, "D1", "zed"), "no member zed"),
        ((library.lend, "H1", "ana"), "ana has reached the limit of 1"),
        ((library.give_back, "H1"), "The Hobbit is not lent"),
        ((library.give_back, "X9"), "no book X9"),
    ]
    for (action, *args), expected in cases:
        call = f"{action.__name__}({', '.join(map(repr, args))})"
        kind, message = attempt(action, *args)
        assert (kind, message) == ("LoanError", expected), (
            f"{call} should raise LoanError('{expected}'), but it gave {kind} {message!r}. "
            "Check the cases in the order of the table"
        )


def test_refusal_changes_nothing():
    """A refused loan leaves the books and loans as they were."""
    library = village()
    library.lend("D1", "ana")
    attempt(library.lend, "H1", "ana")
    attempt(library.lend, "D1", "bo")
    assert titles(library.available()) == ["The Hobbit"], (
        "After refused loans, The Hobbit should still be available and Dune still lent"
    )
    assert library.give_back("D1").title == "Dune", "Dune should still be lent to ana, and come back"


def test_storage_is_protected():
    """The library keeps its data in protected attributes."""
    library = village()
    public = [name for name in vars(library) if not name.startswith("_")]
    assert public == [], (
        f"Library keeps public attributes {public}: name them with one underscore, "
        "such as self._books, so that other code uses the methods instead"
    )
