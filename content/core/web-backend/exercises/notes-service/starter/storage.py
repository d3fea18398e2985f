"""The database of the notes service, written for you: the file, its tables, and a
connection for each request (take it in a route as a parameter `db: Db`)."""

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends

DATABASE = "notes.db"
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, user TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY, owner TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL
);
"""

with sqlite3.connect(DATABASE) as setup:  # the tables, made once when the app starts
    setup.executescript(SCHEMA)


def database() -> Iterator[sqlite3.Connection]:
    """One connection for one request (FastAPI may use it from more than one thread)."""
    connection = sqlite3.connect(DATABASE, check_same_thread=False)
    try:
        yield connection
    finally:
        connection.close()


Db = Annotated[sqlite3.Connection, Depends(database)]
