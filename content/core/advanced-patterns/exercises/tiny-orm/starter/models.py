"""The models of a small library (given: do not change this file)."""

from orm import IntegerField, Model, TextField


class Author(Model):
    id = IntegerField()
    name = TextField()


class Book(Model, table="books"):
    id = IntegerField()
    title = TextField()
    author_id = IntegerField(required=False)
    pages = IntegerField(default=0)


class Ebook(Book, table="ebooks"):
    file_format = TextField(default="epub")


class Audited:
    """A mixin with a class keyword of its own: history=True keeps the changes of a model."""

    def __init_subclass__(cls, /, history: bool, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.history = history


class Loan(Model, Audited, history=True):
    id = IntegerField()
    book_id = IntegerField()
