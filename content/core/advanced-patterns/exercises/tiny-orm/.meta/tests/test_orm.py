import sqlite3

import pytest

from models import Author, Book, Ebook, Loan
from orm import Field, IntegerField, Model, TextField


def make(cls, **values):
    shown = ", ".join(f"{k}={v!r}" for k, v in values.items())
    try:
        return cls(**values)
    except (TypeError, ValueError, NotImplementedError, AttributeError, KeyError) as error:
        pytest.fail(f"{cls.__name__}({shown}) should work, but it raised {type(error).__name__}: {error}",
                    pytrace=False)


def refused(kind, message, action, what):
    with pytest.raises(Exception) as caught:
        action()
        pytest.fail(f"{what} should raise {kind.__name__}({message!r}), but nothing was raised", pytrace=False)
    assert isinstance(caught.value, kind), (
        f"{what} should raise {kind.__name__}, not {type(caught.value).__name__}: {caught.value}"
    )
    assert str(caught.value) == message, f"{what} should raise {kind.__name__} with the message {message!r}"


def test_columns_are_collected_in_order():
    """__init_subclass__ collects a model's Field attributes into fields, in the order written."""
    names = list(Author.fields)
    if set(names) > {"id", "name"}:
        pytest.fail(f"Author.fields has the names {names}; it should be ['id', 'name']: the models "
                    "share one dict (Model.fields) and every model adds its columns to it. Build a "
                    "new dict for each model: dict(cls.fields) is a copy", pytrace=False)
    assert names == ["id", "name"], (
        f"Author.fields has the names {names}; it should be ['id', 'name']: in "
        "__init_subclass__, go through vars(cls) and keep the values that are Fields"
    )
    assert list(Book.fields) == ["id", "title", "author_id", "pages"], (
        f"Book.fields has the names {list(Book.fields)}; it should be ['id', 'title', 'author_id', 'pages']"
    )
    assert isinstance(Book.fields["title"], TextField) and Book.fields["title"].name == "title", (
        "Book.fields['title'] should be the TextField descriptor named 'title'"
    )
    assert Model.fields == {}, "Model itself has no columns: Model.fields should stay {}"


def test_a_subclass_inherits_the_columns():
    """A model's subclass has its parent's columns first, then its own; the parent is unchanged."""
    assert list(Ebook.fields) == ["id", "title", "author_id", "pages", "file_format"], (
        f"Ebook.fields has the names {list(Ebook.fields)}; it should be Book's four columns and then "
        "file_format: start from a copy of the parent's fields (cls.fields, before you set it)"
    )
    assert list(Book.fields) == ["id", "title", "author_id", "pages"], (
        "Making Ebook changed Book.fields: copy the parent's dict (dict(cls.fields)) instead of "
        "adding to it"
    )
    assert list(Author.fields) == ["id", "name"], "Author.fields should hold only Author's columns"


def test_table_names():
    """table= in the class statement names the table; without it, the lowercase class name."""
    tables = (getattr(Book, "table", None), getattr(Ebook, "table", None))
    assert tables == ("books", "ebooks"), (
        "Book.table should be 'books' and Ebook.table 'ebooks': the table= keyword of the class statement"
    )
    assert getattr(Author, "table", None) == "author", "Author.table should be 'author': with no table=, the class name in lowercase"


def test_other_class_keywords_reach_the_other_parents():
    """Model passes the keywords it does not use on to the other parents (history= to Audited)."""
    assert Loan.history is True, (
        "Loan(Model, Audited, history=True) should get Loan.history == True: Model.__init_subclass__ "
        "should pass the other keywords on with super().__init_subclass__(**kwargs)"
    )
    assert list(Loan.fields) == ["id", "book_id"] and getattr(Loan, "table", None) == "loan", (
        "Loan should have the columns ['id', 'book_id'] and the table 'loan'"
    )


def test_init_sets_the_fields_and_defaults():
    """Model(**values) sets every column, with the field's default for those not given."""
    book = make(Book, id=1, title="Dune")
    assert vars(book) == {"id": 1, "title": "Dune", "author_id": None, "pages": 0}, (
        f"vars(Book(id=1, title='Dune')) is {vars(book)}; it should be {{'id': 1, 'title': 'Dune', "
        "'author_id': None, 'pages': 0}: every column, with the defaults (None unless default= says)"
    )
    ebook = make(Ebook, id=2, title="Emma", author_id=7, pages=300)
    assert (ebook.author_id, ebook.pages, ebook.file_format) == (7, 300, "epub"), (
        "Ebook(id=2, title='Emma', author_id=7, pages=300) should keep author_id 7, pages 300 and the "
        "default file_format 'epub'"
    )


def test_unknown_columns_are_refused():
    """A keyword that is not a column raises TypeError."""
    refused(TypeError, "Book has no field 'colour'", lambda: Book(id=1, title="x", colour="red"),
            "Book(id=1, title='x', colour='red')")
    refused(TypeError, "Author has no field 'title'", lambda: Author(id=1, name="Ada", title="x"),
            "Author(id=1, name='Ada', title='x')")


def test_values_are_checked():
    """Each Field is a data descriptor: a required column refuses None, and types are checked."""
    refused(ValueError, "title is required", lambda: Book(id=1), "Book(id=1)")
    refused(TypeError, "id must be int, got str", lambda: Book(id="1", title="x"), "Book(id='1', title='x')")
    refused(TypeError, "name must be str, got int", lambda: Author(id=1, name=5), "Author(id=1, name=5)")
    book = make(Book, id=1, title="Dune", author_id=None)
    assert book.author_id is None, "author_id is not required: None should be accepted"
    refused(TypeError, "pages must be int, got str", lambda: setattr(book, "pages", "many"),
            "book.pages = 'many'")
    refused(ValueError, "title is required", lambda: setattr(book, "title", None), "book.title = None")
    assert (book.pages, book.title) == (0, "Dune"), "A refused assignment should leave the old value in place"
    book.pages = 412
    assert book.pages == 412 and vars(book).get("pages") == 412, "book.pages = 412 should be stored in the instance"


def test_a_field_on_the_class_is_the_descriptor():
    """Book.title (on the class) is the Field itself."""
    assert isinstance(Book.title, TextField) and isinstance(Book.id, IntegerField), (
        "Book.title should be the TextField itself: in __get__, return self when instance is None"
    )
    assert isinstance(Book.pages, Field) and Book.pages.default == 0, "Book.pages should be IntegerField(default=0)"


def test_create_table_sql():
    """create_table_sql() writes one column per field: name, SQL type, NOT NULL when required."""
    assert Author.create_table_sql() == "CREATE TABLE author (id INTEGER NOT NULL, name TEXT NOT NULL)", (
        "Author.create_table_sql() should be 'CREATE TABLE author (id INTEGER NOT NULL, name TEXT NOT NULL)'"
    )
    expected = ("CREATE TABLE books (id INTEGER NOT NULL, title TEXT NOT NULL, author_id INTEGER, "
                "pages INTEGER NOT NULL)")
    assert Book.create_table_sql() == expected, (
        f"Book.create_table_sql() should be {expected!r}: author_id is not required, so no NOT NULL"
    )


def test_rows_and_insert_sql():
    """to_row() gives the values in column order; insert_sql() the statement and those values."""
    book = make(Book, id=1, title="Dune", pages=412)
    assert book.to_row() == (1, "Dune", None, 412), "Book(id=1, title='Dune', pages=412).to_row() should be (1, 'Dune', None, 412)"
    assert book.insert_sql() == (
        "INSERT INTO books (id, title, author_id, pages) VALUES (?, ?, ?, ?)", (1, "Dune", None, 412)
    ), "insert_sql() should give ('INSERT INTO books (id, title, author_id, pages) VALUES (?, ?, ?, ?)', the row)"
    assert repr(book) == "Book(id=1, title='Dune', author_id=None, pages=412)", (
        "repr(book) should be \"Book(id=1, title='Dune', author_id=None, pages=412)\""
    )


def test_from_row():
    """from_row(row) makes a model from values in column order, and checks the length."""
    ada = Author.from_row((3, "Ada"))
    assert (ada.id, ada.name) == (3, "Ada"), "Author.from_row((3, 'Ada')) should have id 3 and name 'Ada'"
    assert isinstance(ada, Author), "Author.from_row(...) should make an Author"
    ebook = Ebook.from_row((4, "Kim", None, 120, "pdf"))
    assert isinstance(ebook, Ebook) and ebook.file_format == "pdf", "Ebook.from_row(...) should make an Ebook"
    refused(ValueError, "Book needs 4 values, got 3", lambda: Book.from_row((1, "x", None)),
            "Book.from_row((1, 'x', None))")


def test_a_round_trip_through_sqlite():
    """The SQL works in a real database: create, insert, select, and the same values come back."""
    database = sqlite3.connect(":memory:")
    for model in (Author, Book, Ebook):
        database.execute(model.create_table_sql())
    saved = [make(Book, id=1, title="Dune", author_id=1, pages=412), make(Book, id=2, title="Emma")]
    for book in saved:
        database.execute(*book.insert_sql())
    database.execute(*make(Ebook, id=3, title="Kim", file_format="pdf").insert_sql())
    rows = database.execute("SELECT * FROM books ORDER BY id").fetchall()
    assert rows == [(1, "Dune", 1, 412), (2, "Emma", None, 0)], f"SELECT * FROM books gave {rows}"
    loaded = [Book.from_row(row).to_row() for row in rows]
    assert loaded == [book.to_row() for book in saved], "Book.from_row of the selected rows should give the books back"
    assert database.execute("SELECT * FROM ebooks").fetchall() == [(3, "Kim", None, 0, "pdf")], (
        "The ebook should be in its own table, ebooks, with its five columns"
    )
