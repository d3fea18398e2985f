"""Pretend shop APIs for the checks: a real HTTP server on 127.0.0.1, run by the tests in a
thread of their own. Each path answers as a test scripts it (late, failing, not JSON, hanging
up); the server records every request, and how many were in flight at the same moment."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    """One scripted answer: a status and a body (JSON, or bytes sent as they are)."""

    status: int = 200
    body: object = None
    delay: float = 0.0  # seconds to wait before answering
    hang_up: bool = False  # close the connection without answering


HANG_UP = Answer(hang_up=True)


class Upstreams:
    """What the server answers in one test, and what it saw."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.routes: dict[str, list[Answer]] = {}
        self.requests: list[str] = []  # the paths asked for, in order of arrival
        self.in_flight = 0
        self.peak = 0  # the most requests in flight at the same moment
        self.lock = threading.Lock()

    def on(self, path: str, *answers: Answer) -> str:
        """Answer GET path with `answers` in turn (the last one repeats); return its URL."""
        self.routes[path] = list(answers)
        return self.base + path

    def begin(self, path: str) -> Answer:
        with self.lock:
            self.requests.append(path)
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            answers = self.routes.get(path)
            if not answers:
                return Answer(404, {"error": f"nothing at {path}"})
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def end(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def asked(self, path: str) -> int:
        with self.lock:
            return self.requests.count(path)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        upstreams = self.server.upstreams
        answer = upstreams.begin(self.path)
        try:
            time.sleep(answer.delay)
        finally:
            upstreams.end()  # before the answer leaves: the client cannot be quicker than this
        if answer.hang_up:
            self.close_connection = True
            return
        body = answer.body
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        try:
            self.send_response(answer.status)
            kind = "text/html" if isinstance(body, bytes) else "application/json"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client stopped waiting (a timeout)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # never wait for a late answer that nobody waits for any more
    request_queue_size = 64  # many connections at once, none of them kept waiting
    upstreams: Upstreams

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def start() -> _Server:
    """Start the server in a thread of its own; fresh() gives each test clean upstreams."""
    server = _Server(("127.0.0.1", 0), _Handler)
    fresh(server)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    return server


def fresh(server: _Server) -> Upstreams:
    server.upstreams = Upstreams(server.server_address[1])
    return server.upstreams


def stop(server: _Server) -> None:
    server.shutdown()
    server.server_close()


def closed_port_url(path: str) -> str:
    """A URL where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"
