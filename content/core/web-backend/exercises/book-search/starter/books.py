"""A repository for a shop's books in SQLite: every value goes into the SQL as a parameter."""

import sqlite3
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    year INTEGER NOT NULL
)
"""


class BookRepository:
    """The books of one SQLite database: a file, or ":memory:"."""

    def __init__(self, path: str = ":memory:") -> None:
        self.connection = sqlite3.connect(path)
        self.connection.row_factory = sqlite3.Row  # rows can be turned into dicts: dict(row)
        self.connection.execute(SCHEMA)

    def add(self, title: str, author: str, year: int) -> int:
        """Store a new book and return its id."""
        # Replace this line with your code.
        raise NotImplementedError("add is not written yet")

    def get(self, book_id: int) -> dict[str, Any] | None:
        """The book with this id as a dict, or None."""
        # Replace this line with your code.
        raise NotImplementedError("get is not written yet")

    def search(self, text: str) -> list[dict[str, Any]]:
        """The books whose title or author contains text, oldest first."""
        # Replace this line with your code.
        raise NotImplementedError("search is not written yet")

    def delete(self, book_id: int) -> bool:
        """Remove the book with this id; True when there was one."""
        # Replace this line with your code.
        raise NotImplementedError("delete is not written yet")

    def close(self) -> None:
        self.connection.close()
