"""A notes service: accounts with hashed passwords, bearer tokens, and private notes in SQLite."""

import secrets
import sqlite3
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from passwords import check_password, hash_password
from storage import Db

app = FastAPI(title="Notes service")


class NewUser(BaseModel):
    username: str = Field(pattern=r"^[a-z0-9_]{3,20}$")
    password: str = Field(min_length=8)


class Login(BaseModel):
    username: str
    password: str


class NoteIn(BaseModel):
    title: str = Field(min_length=1, max_length=80)
    body: str = ""


class Note(NoteIn):
    id: int


def current_user(db: Db, authorization: Annotated[str, Header()] = "") -> str:
    """The user whose token came in `Authorization: Bearer <token>`; 401 for anyone else."""
    scheme, _, token = authorization.partition(" ")
    row = db.execute("SELECT user FROM tokens WHERE token = ?", (token,)).fetchone()
    if scheme != "Bearer" or row is None:
        raise HTTPException(status_code=401, detail="not logged in", headers={"WWW-Authenticate": "Bearer"})
    return row[0]


User = Annotated[str, Depends(current_user)]


@app.post("/users", status_code=201)
def register(data: NewUser, db: Db) -> dict[str, str]:
    try:
        with db:
            db.execute("INSERT INTO users (name, password) VALUES (?, ?)", (data.username, hash_password(data.password)))
    except sqlite3.IntegrityError:
        raise HTTPException(status_code=409, detail=f"the username {data.username} is taken") from None
    return {"username": data.username}


@app.post("/login")
def login(data: Login, db: Db) -> dict[str, str]:
    row = db.execute("SELECT password FROM users WHERE name = ?", (data.username,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"no user {data.username}")
    if not check_password(data.password, row[0]):
        raise HTTPException(status_code=401, detail="wrong password")
    token = secrets.token_urlsafe()
    with db:
        db.execute("INSERT INTO tokens (token, user) VALUES (?, ?)", (token, data.username))
    return {"token": token}


def owned_note(db: sqlite3.Connection, user: str, note_id: int) -> Note:
    """The note if it is the user's; 404 if it is not there or belongs to someone else."""
    row = db.execute("SELECT id, title, body FROM notes WHERE id = ? AND owner = ?", (note_id, user)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"no note with id {note_id}")
    return Note(id=row[0], title=row[1], body=row[2])


@app.get("/notes")
def my_notes(user: User, db: Db) -> list[Note]:
    rows = db.execute("SELECT id, title, body FROM notes WHERE owner = ? ORDER BY id", (user,))
    return [Note(id=note_id, title=title, body=body) for note_id, title, body in rows]


@app.post("/notes", status_code=201)
def add_note(data: NoteIn, user: User, db: Db) -> Note:
    with db:
        cursor = db.execute("INSERT INTO notes (owner, title, body) VALUES (?, ?, ?)", (user, data.title, data.body))
    return Note(id=cursor.lastrowid, **data.model_dump())


@app.get("/notes/{note_id}")
def read_note(note_id: int, user: User, db: Db) -> Note:
    return owned_note(db, user, note_id)


@app.delete("/notes/{note_id}", status_code=204)
def delete_note(note_id: int, user: User, db: Db) -> None:
    owned_note(db, user, note_id)
    with db:
        db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
