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
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": token}, timeout=timeout)

    def __enter__(self) -> "NotesClient":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _expect(self, response: httpx.Response, status: int, note_id: int | None = None) -> None:
        if response.status_code == 404 and note_id is not None:
            raise NoteNotFound(note_id)
        if response.status_code != status:
            raise NotesError(response.status_code, f"the notes API answered {response.status_code}")

    def notes(self, tag: str | None = None) -> list[Note]:
        """All the notes, or those with this tag."""
        params = {} if tag is None else {"tag": tag}
        response = self._http.get("/notes", params=params)
        self._expect(response, 200)
        return [Note.from_json(item) for item in response.json()]

    def get(self, note_id: int) -> Note:
        response = self._http.get(f"/notes/{note_id}")
        self._expect(response, 200, note_id)
        return Note.from_json(response.json())

    def create(self, title: str, body: str, tags: tuple[str, ...] = ()) -> Note:
        response = self._http.post("/notes", json={"title": title, "body": body, "tags": list(tags)})
        self._expect(response, 201)
        return Note.from_json(response.json())

    def delete(self, note_id: int) -> None:
        response = self._http.delete(f"/notes/{note_id}")
        self._expect(response, 204, note_id)
