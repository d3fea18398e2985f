"""A pretend bookshop API for the checks: a real HTTP server on 127.0.0.1, started by the
tests in a thread. It gives the scripted answers and records every request it got, so the
tests can look at what the learner's client sent (method, path, query, headers, body)."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit


@dataclass(frozen=True)
class Answer:
    """One scripted answer: a status and a JSON body; optionally late, or none at all."""

    status: int = 200
    body: object = None
    delay: float = 0.0  # seconds to wait before answering (for timeouts)
    hang_up: bool = False  # close the connection without answering


HANG_UP = Answer(hang_up=True)


@dataclass
class Request:
    """A request the pretend API got."""

    method: str
    path: str  # decoded, without the query: "/api/books/7"
    query: dict[str, str]  # decoded: {"q": "le petit prince"}
    headers: dict[str, str]  # names in lower case
    body: bytes = b""

    def json(self) -> object:
        return json.loads(self.body.decode("utf-8"))

    def __str__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.query.items())
        return f"{self.method} {self.path}" + (f"?{query}" if query else "")


@dataclass
class PretendApi:
    url: str = ""  # the base URL to give the client: "http://127.0.0.1:<port>/api"
    requests: list[Request] = field(default_factory=list)
    routes: dict[tuple[str, str, frozenset[tuple[str, str]]], list[Answer]] = field(
        default_factory=dict
    )
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on(self, method: str, path: str, *answers: Answer, query: dict[str, str] | None = None) -> None:
        """Answer `method path` (with exactly these query parameters) with `answers` in turn;
        the last one repeats. Any other request gets 404."""
        self.routes[(method, path, frozenset((query or {}).items()))] = list(answers)

    def take(self, request: Request) -> Answer:
        with self.lock:
            self.requests.append(request)
            key = (request.method, request.path, frozenset(request.query.items()))
            answers = self.routes.get(key)
            if not answers:
                return Answer(404, {"error": f"nothing at {request}"})
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def seen(self) -> list[str]:
        """The requests so far, as text: ["GET /api/books/7", ...]."""
        with self.lock:
            return [str(r) for r in self.requests]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=unquote(parts.path),
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        answer = self.server.api.take(request)
        if answer.delay:
            time.sleep(answer.delay)
        if answer.hang_up:
            self.close_connection = True
            return
        data = b"" if answer.body is None else json.dumps(answer.body).encode("utf-8")
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client stopped waiting (a timeout)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # never wait for a late answer nobody waits for any more
    api: PretendApi

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def start() -> _Server:
    """Start the server in a thread of its own; fresh() gives each test a clean API on it."""
    server = _Server(("127.0.0.1", 0), _Handler)
    fresh(server)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    return server


def fresh(server: _Server) -> PretendApi:
    """A new PretendApi (no routes, no requests) for the server to answer with from now on."""
    server.api = PretendApi(url=f"http://127.0.0.1:{server.server_address[1]}/api")
    return server.api


def stop(server: _Server) -> None:
    server.shutdown()
    server.server_close()


def closed_port_url() -> str:
    """A base URL where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api"
