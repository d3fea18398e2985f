"""A small lending library: books, members and loans, run by text commands."""

import sys
from dataclasses import dataclass, field


class LoanError(Exception):
    """The library refuses a loan or a return."""


@dataclass(frozen=True)
class Book:
    code: str
    title: str


@dataclass
class Member:
    name: str
    limit: int
    books: list[Book] = field(default_factory=list)

    @property
    def can_borrow(self) -> bool:
        """True while the member has fewer books than the limit."""
        return len(self.books) < self.limit


class Library:
    """The books, the members, and who has borrowed what."""

    def __init__(self) -> None:
        self._books: dict[str, Book] = {}
        self._members: dict[str, Member] = {}
        self._lent_to: dict[str, Member] = {}  # book code -> the member who has it

    def add_book(self, code: str, title: str) -> Book:
        book = Book(code, title)
        self._books[code] = book
        return book

    def add_member(self, name: str, limit: int) -> Member:
        member = Member(name, limit)
        self._members[name] = member
        return member

    def _book(self, code: str) -> Book:
        if code not in self._books:
            raise LoanError(f"no book {code}")
        return self._books[code]

    def lend(self, code: str, name: str) -> Book:
        book = self._book(code)
        if name not in self._members:
            raise LoanError(f"no member {name}")
        member = self._members[name]
        if code in self._lent_to:
            raise LoanError(f"{book.title} is already lent to {self._lent_to[code].name}")
        if not member.can_borrow:
            raise LoanError(f"{name} has reached the limit of {member.limit}")
        member.books.append(book)
        self._lent_to[code] = member
        return book

    def give_back(self, code: str) -> Book:
        book = self._book(code)
        if code not in self._lent_to:
            raise LoanError(f"{book.title} is not lent")
        self._lent_to.pop(code).books.remove(book)
        return book

    def available(self) -> list[Book]:
        """The books nobody has borrowed, sorted by title."""
        free = [book for code, book in self._books.items() if code not in self._lent_to]
        return sorted(free, key=lambda book: book.title)


def run(library, line):
    command, *args = line.split(maxsplit=2)
    if command == "book":
        code, title = args
        return f"added {library.add_book(code, title).title}"
    if command == "member":
        name, limit = args
        return f"welcome {library.add_member(name, int(limit)).name}"
    if command == "lend":
        code, name = args
        return f"{name} borrowed {library.lend(code, name).title}"
    if command == "return":
        return f"{library.give_back(*args).title} is back"
    if command == "available":
        titles = ", ".join(book.title for book in library.available())
        return f"available: {titles or 'none'}"
    return f"error: unknown command {command}"


def main() -> None:
    library = Library()
    for line in sys.stdin:
        command = line.strip()  # without the line end, or "ana\n" is not "ana"
        if command:
            print(run(library, command))


if __name__ == "__main__":
    main()
