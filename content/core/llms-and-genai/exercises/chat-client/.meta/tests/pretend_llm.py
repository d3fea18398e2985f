"""A pretend chat-completion API for the checks: a real HTTP server on 127.0.0.1, started by the
tests in a thread. It answers with scripted replies (JSON, errors, late answers, or a stream of
server-sent events) and writes down every request, so the tests can read what the client sent."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    """One scripted reply: a status, a JSON body or a list of stream events, extra headers."""

    status: int = 200
    body: object = None
    headers: dict[str, str] = field(default_factory=dict)
    events: tuple[str, ...] | None = None  # the lines of a stream: "data: {...}", "data: [DONE]", ": ping"
    delay: float = 0.0  # seconds before answering (for timeouts)


def completion(text: str, model: str = "tiny-chat") -> Reply:
    """A successful chat completion whose answer is `text`."""
    return Reply(200, {
        "id": "chatcmpl-7",
        "object": "chat.completion",
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17},
    })


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    """An error reply with the usual JSON body {"error": {"message": ...}}."""
    return Reply(status, {"error": {"message": message, "type": "error"}}, headers or {})


def chunk(content: str | None = None, role: str | None = None, finish: str | None = None) -> str:
    """The data of one stream event: a delta with some content (or a role, or a finish reason)."""
    delta = {} if content is None else {"content": content}
    if role is not None:
        delta["role"] = role
    return json.dumps({"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def stream(*pieces: str) -> Reply:
    """A streamed answer: a first event with the role only, one event per piece, a last event
    with the finish reason, then data: [DONE]."""
    datas = (chunk(role="assistant"), *(chunk(p) for p in pieces), chunk(finish="stop"), "[DONE]")
    return Reply(events=tuple(f"data: {data}" for data in datas))


@dataclass
class Request:
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes

    def json(self) -> object:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class PretendLlm:
    url: str = ""  # the base URL to give the client: "http://127.0.0.1:<port>/v1"
    replies: list[Reply] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with these replies in turn; the last one repeats."""
        self.replies = list(replies)

    def take(self, request: Request) -> Reply:
        with self.lock:
            self.requests.append(request)
            if request.path != "/v1/chat/completions":
                return error(404, f"no route {request.path}")
            if not self.replies:
                return error(500, "nothing scripted")
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def bodies(self) -> list[object]:
        with self.lock:
            return [r.json() for r in self.requests]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
        reply = self.server.llm.take(request)
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.events is not None:
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for line in reply.events:
                    self.wfile.write(f"{line}\n\n".encode("utf-8"))
                    self.wfile.flush()
                self.close_connection = True
                return
            data = b"" if reply.body is None else json.dumps(reply.body).encode("utf-8")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client stopped waiting (a timeout)

    def do_GET(self) -> None:
        self.do_POST()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    llm: PretendLlm

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def start() -> _Server:
    server = _Server(("127.0.0.1", 0), _Handler)
    fresh(server)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server


def fresh(server: _Server) -> PretendLlm:
    server.llm = PretendLlm(url=f"http://127.0.0.1:{server.server_address[1]}/v1")
    return server.llm


def stop(server: _Server) -> None:
    server.shutdown()
    server.server_close()
