"""A notes API with FastAPI: create, read, replace and delete notes, kept in memory."""

from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Notes")


class NoteIn(BaseModel):
    """What a client sends to create or replace a note."""

    # Write the fields: title (1 to 80 characters), body ("" when left out),
    # tags ([] when left out).


class Note(NoteIn):
    """A stored note: what the client sent, and its id."""

    id: int


notes: dict[int, Note] = {}
new_ids = count(1)  # next(new_ids) gives 1, then 2, 3, ...


@app.get("/notes")
def list_notes(tag: str | None = None) -> list[Note]:
    raise NotImplementedError("GET /notes is not written yet")


# Write the routes POST /notes, GET /notes/{note_id}, PUT /notes/{note_id} and
# DELETE /notes/{note_id}.
