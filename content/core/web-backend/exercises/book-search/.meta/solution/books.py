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
        self.connection.row_factory = sqlite3.Row
        self.connection.execute(SCHEMA)

    def add(self, title: str, author: str, year: int) -> int:
        """Store a new book and return its id."""
        with self.connection:
            cursor = self.connection.execute(
                "INSERT INTO books (title, author, year) VALUES (?, ?, ?)", (title, author, year)
            )
        return cursor.lastrowid

    def get(self, book_id: int) -> dict[str, Any] | None:
        """The book with this id as a dict, or None."""
        row = self.connection.execute(
            "SELECT id, title, author, year FROM books WHERE id = ?", (book_id,)
        ).fetchone()
        return None if row is None else dict(row)

    def search(self, text: str) -> list[dict[str, Any]]:
        """The books whose title or author contains text, oldest first."""
        pattern = f"%{text}%"
        rows = self.connection.execute(
            "SELECT id, title, author, year FROM books WHERE title LIKE ? OR author LIKE ? "
            "ORDER BY year, title",
            (pattern, pattern),
        )
        return [dict(row) for row in rows]

    def delete(self, book_id: int) -> bool:
        """Remove the book with this id; True when there was one."""
        with self.connection:
            cursor = self.connection.execute("DELETE FROM books WHERE id = ?", (book_id,))
        return cursor.rowcount == 1

    def close(self) -> None:
        self.connection.close()
