"""A library's authors and books with the SQLAlchemy 2 ORM."""

from sqlalchemy import ForeignKey, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    books: Mapped[list["Book"]] = relationship(back_populates="author")


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    year: Mapped[int]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship(back_populates="books")


class Library:
    """The authors and books of one database: "sqlite://" is a new one in memory."""

    def __init__(self, url: str = "sqlite://") -> None:
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def add_book(self, title: str, author_name: str, year: int) -> int:
        """Store a book, with its author found by name or created; return the book's id."""
        with Session(self.engine) as session:
            author = Author(name=author_name)
            book = Book(title=title, year=year, author=author)
            session.add(book)
            session.commit()
            return book.id

    def titles_by(self, author_name: str) -> list[str]:
        """The titles of an author's books, oldest first."""
        with Session(self.engine) as session:
            query = select(Book.title).join(Book.author).where(Author.name == author_name).order_by(Book.year)
            return list(session.scalars(query))

    def authors(self) -> list[tuple[str, int]]:
        """(name, number of books) for every author: most books first, then by name."""
        count = func.count(Book.id)
        query = select(Author.name, count).join(Author.books).group_by(Author.id).order_by(count.desc(), Author.name)
        with Session(self.engine) as session:
            return [(name, books) for name, books in session.execute(query)]

    def books_since(self, year: int) -> list[tuple[str, str]]:
        """(title, author's name) of the books from `year` on, by year and then by title."""
        query = select(Book.title, Author.name).join(Book.author).where(Book.year >= year).order_by(Book.year, Book.title)
        with Session(self.engine) as session:
            return [(title, name) for title, name in session.execute(query)]
