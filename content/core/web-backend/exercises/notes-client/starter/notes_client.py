"""A client class for the notes API, with httpx."""

from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx


class NotesError(Exception):
    """The notes API answered with a status the client did not expect."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class NoteNotFound(NotesError):
    """There is no note with this id."""

    def __init__(self, note_id: int) -> None:
        super().__init__(404, f"no note with id {note_id}")
        self.note_id = note_id


@dataclass(frozen=True)
class Note:
    id: int
    title: str
    body: str
    tags: tuple[str, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Note":
        return cls(data["id"], data["title"], data["body"], tuple(data["tags"]))


class NotesClient:
    """Talks to the notes API at base_url with a bearer token; use it in a with block."""

    def __init__(self, base_url: str, token: str, timeout: float) -> None:
        # Make one httpx.Client here, with the base URL, the Authorization header and the
        # timeout, and keep it for every request.
        raise NotImplementedError("NotesClient is not written yet")

    # Write __enter__, __exit__ and close(), then notes(tag=None), get(note_id),
    # create(title, body, tags=()) and delete(note_id).
