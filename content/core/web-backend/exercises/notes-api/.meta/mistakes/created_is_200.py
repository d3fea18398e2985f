"""A notes API with FastAPI: create, read, replace and delete notes, kept in memory."""

from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Notes")


class NoteIn(BaseModel):
    """What a client sends to create or replace a note."""

    title: str = Field(min_length=1, max_length=80)
    body: str = ""
    tags: list[str] = []


class Note(NoteIn):
    """A stored note: what the client sent, and its id."""

    id: int


notes: dict[int, Note] = {}
new_ids = count(1)


def find(note_id: int) -> Note:
    if note_id not in notes:
        raise HTTPException(status_code=404, detail=f"no note with id {note_id}")
    return notes[note_id]


@app.get("/notes")
def list_notes(tag: str | None = None) -> list[Note]:
    return [note for note in notes.values() if tag is None or tag in note.tags]


@app.post("/notes")
def create_note(data: NoteIn) -> Note:
    note = Note(id=next(new_ids), **data.model_dump())
    notes[note.id] = note
    return note


@app.get("/notes/{note_id}")
def read_note(note_id: int) -> Note:
    return find(note_id)


@app.put("/notes/{note_id}")
def replace_note(note_id: int, data: NoteIn) -> Note:
    find(note_id)
    notes[note_id] = Note(id=note_id, **data.model_dump())
    return notes[note_id]


@app.delete("/notes/{note_id}", status_code=204)
def delete_note(note_id: int) -> None:
    del notes[find(note_id).id]
