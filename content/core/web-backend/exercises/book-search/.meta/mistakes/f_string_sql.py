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
    def __init__(self, path: str = ":memory:") -> None:
        self.connection = sqlite3.connect(path)
        self.connection.row_factory = sqlite3.Row
        self.connection.execute(SCHEMA)

    def add(self, title: str, author: str, year: int) -> int:
        with self.connection:
            cursor = self.connection.execute(
                "INSERT INTO books (title, author, year) VALUES (?, ?, ?)", (title, author, year)
            )
        return cursor.lastrowid

    def get(self, book_id: int) -> dict[str, Any] | None:
        row = self.connection.execute(f"SELECT id, title, author, year FROM books WHERE id = {book_id}").fetchone()
        return None if row is None else dict(row)

    def search(self, text: str) -> list[dict[str, Any]]:
        rows = self.connection.execute(
            f"SELECT id, title, author, year FROM books WHERE title LIKE '%{text}%' "
            f"OR author LIKE '%{text}%' ORDER BY year, title"
        )
        return [dict(row) for row in rows]

    def delete(self, book_id: int) -> bool:
        with self.connection:
            cursor = self.connection.execute(f"DELETE FROM books WHERE id = {book_id}")
        return cursor.rowcount == 1

    def close(self) -> None:
        self.connection.close()
