"""A small notes API for the checks: a real HTTP server on 127.0.0.1, in a thread of the
tests. It keeps notes in memory, wants a bearer token, and records every request it gets,
so the tests can see what the learner's client sent."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

TOKEN = "notes-7f3a9c"


@dataclass
class Seen:
    """One request as the API got it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    body: bytes

    def __str__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.query.items())
        return f"{self.method} {self.path}" + (f"?{query}" if query else "")


@dataclass
class NotesApi:
    url: str = ""
    notes: dict[int, dict[str, object]] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    next_id: int = 1
    fail_with: int | None = None  # answer every request with this status
    delay: float = 0.0  # seconds to wait before answering
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, title: str, body: str, tags: list[str]) -> dict[str, object]:
        note = {"id": self.next_id, "title": title, "body": body, "tags": tags}
        self.notes[self.next_id] = note
        self.next_id += 1
        return note

    def seen(self) -> list[str]:
        with self.lock:
            return [str(r) for r in self.requests]

    def answer(self, seen: Seen) -> tuple[int, object]:
        with self.lock:
            self.requests.append(seen)
            if self.fail_with is not None:
                return self.fail_with, {"detail": "the notes database is down"}
            if seen.headers.get("authorization") != f"Bearer {TOKEN}":
                return 401, {"detail": "Not authenticated"}
            if not seen.path.startswith("/api/"):
                return 404, {"detail": "Not Found"}
            parts = seen.path.removeprefix("/api/").split("/")
            if parts == ["notes"] and seen.method == "GET":
                tag = seen.query.get("tag")
                return 200, [n for n in self.notes.values() if tag is None or tag in n["tags"]]
            if parts == ["notes"] and seen.method == "POST":
                try:
                    data = json.loads(seen.body)
                except ValueError:
                    return 400, {"detail": "the body is not JSON"}
                if not isinstance(data, dict) or not data.get("title") or not isinstance(data.get("body"), str):
                    return 422, {"detail": "a note needs a title and a body"}
                return 201, self.add(data["title"], data["body"], list(data.get("tags", [])))
            if len(parts) == 2 and parts[0] == "notes" and parts[1].isdigit():
                note_id = int(parts[1])
                if note_id not in self.notes:
                    return 404, {"detail": "Not Found"}
                if seen.method == "GET":
                    return 200, self.notes[note_id]
                if seen.method == "DELETE":
                    del self.notes[note_id]
                    return 204, None
            return 405, {"detail": "Method Not Allowed"}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        seen = Seen(
            self.command,
            parts.path,
            dict(parse_qsl(parts.query, keep_blank_values=True)),
            {name.lower(): value for name, value in self.headers.items()},
            body,
        )
        api = self.server.api
        status, answer = api.answer(seen)
        if api.delay:
            time.sleep(api.delay)
        data = b"" if answer is None else json.dumps(answer).encode("utf-8")
        try:
            self.send_response(status)
            if answer is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client stopped waiting

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    api: NotesApi

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def start() -> _Server:
    server = _Server(("127.0.0.1", 0), _Handler)
    fresh(server)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def fresh(server: _Server) -> NotesApi:
    """A new, empty notes API for the server to answer with from now on."""
    server.api = NotesApi(url=f"http://127.0.0.1:{server.server_address[1]}/api")
    return server.api


def stop(server: _Server) -> None:
    server.shutdown()
    server.server_close()
