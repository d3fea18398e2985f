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


# Write the rest: the dependency current_user(db, authorization), then the routes
# POST /users, POST /login, GET /notes, POST /notes, GET /notes/{note_id} and
# DELETE /notes/{note_id}.


def current_user(db: Db, authorization: Annotated[str, Header()] = "") -> str:
    """The user whose token came in `Authorization: Bearer <token>`; 401 for anyone else."""
    raise NotImplementedError("current_user is not written yet")


User = Annotated[str, Depends(current_user)]
