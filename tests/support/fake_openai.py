"""A fake OpenAI-compatible server on 127.0.0.1 that answers from a script.

Why a real server and not `httpx.MockTransport`: the client's timeouts, retries, headers
and SSE reading are what break against real endpoints, and only a socket exercises them.
It is a plain ASGI app served by uvicorn in a background thread, so a test needs no network
and can assert every request that arrived (`.requests`), which also proves nothing else
was contacted.

A script is a list of replies used in order, or a dict from a marker to replies: the first
marker found in a request's body picks the reply, so a scenario can key replies by text it
knows will be sent (the last reply of a marker repeats). Requests that carry a field listed in `rejects` (e.g. "response_format",
"tools", "stream") are answered 400 without using a reply, like a server without the
feature. When the script runs out the server answers 418, which the client does not retry.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import uvicorn

Kind = Literal["json", "text", "broken-json", "slow", "status", "stream", "tool-call"]
Script = Sequence["Reply"] | Mapping[str, "Reply | Sequence[Reply]"]
Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MODEL = "fake-tutor-1"


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    kind:
        json: `turn` as the JSON content of the message.
        text: `content` as it is (prose, a fenced block, anything a model might write).
        broken-json: a turn cut off mid-string; with `broken_body`, the HTTP body itself is
            not JSON.
        slow: waits `delay_s`, then answers like "json" (or "text" when `content` is set).
        status: HTTP `status` with an OpenAI-style error saying `error_message`, or with
            `body` as it is (e.g. a 200 without "choices"), and `retry_after`, if set.
        stream: `chunks` as SSE `data:` lines; `truncated` stops halfway, with no
            finish_reason and no [DONE].
        tool-call: a call of `tool_name` with `tool_arguments`, in OpenAI's format.
    """

    kind: Kind
    turn: Mapping[str, Any] | None = None
    content: str = ""
    status: int = 200
    retry_after: str | None = None
    error_message: str = ""
    body: Mapping[str, Any] | None = None
    delay_s: float = 0.0
    chunks: tuple[str, ...] = ()
    truncated: bool = False
    broken_body: bool = False
    tool_name: str = ""
    tool_arguments: Mapping[str, Any] = field(default_factory=dict)
    prompt_tokens: int = 11
    completion_tokens: int = 7


@dataclass(frozen=True)
class Received:
    """One request as the server saw it; `body` is the parsed JSON, or the raw text."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: Any


class FakeOpenAI:
    """The scripted app; `fake_openai` serves it and hands it to the test."""

    def __init__(self, script: Script = (), rejects: Sequence[str] = ()) -> None:
        self.url = ""
        self.requests: list[Received] = []
        self.rejects = tuple(rejects)
        self._lock = threading.Lock()
        self._closing = False
        self.set_script(script)

    def set_script(self, script: Script) -> None:
        """Replace the replies still to come."""
        with self._lock:
            if isinstance(script, Mapping):
                self._keyed = {
                    marker: [replies] if isinstance(replies, Reply) else list(replies)
                    for marker, replies in script.items()
                }
                self._ordered: list[Reply] = []
            else:
                self._keyed = {}
                self._ordered = list(script)

    @property
    def chat_requests(self) -> list[Any]:
        """The bodies of every chat completion request, in order."""
        return [r.body for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_reply(self, raw: str) -> Reply | None:
        with self._lock:
            if self._keyed:
                for marker, replies in self._keyed.items():
                    if marker in raw and replies:
                        return replies.pop(0) if len(replies) > 1 else replies[0]
                return None
            return self._ordered.pop(0) if self._ordered else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        raw = await _read_body(receive)
        text = raw.decode("utf-8", "replace")
        try:
            body: Any = json.loads(text) if text else None
        except json.JSONDecodeError:
            body = text
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        self.requests.append(Received(scope["method"], scope["path"], headers, body))
        path = scope["path"]
        if scope["method"] == "GET" and path == "/v1/models":
            models = {"object": "list", "data": [{"id": MODEL, "object": "model"}]}
            await _send_json(send, 200, models)
        elif scope["method"] == "POST" and path == "/v1/chat/completions":
            await self._chat(send, body, text)
        else:
            await _send_json(send, 404, _error(f"no route {scope['method']} {path}"))

    async def _chat(self, send: Send, body: Any, raw: str) -> None:
        asked = body if isinstance(body, dict) else {}
        refused = [name for name in self.rejects if name in asked]
        if refused:
            await _send_json(send, 400, _error(f"unsupported parameter: {refused[0]}"))
            return
        reply = self._next_reply(raw)
        if reply is None:
            await _send_json(send, 418, _error("fake_openai: no scripted reply left"))
            return
        if reply.kind == "slow":
            await self._sleep(reply.delay_s)
        await self._answer(send, reply)

    async def _sleep(self, seconds: float) -> None:
        # In small steps, so closing the server does not wait for a sleeping reply.
        until = time.monotonic() + seconds
        while not self._closing and time.monotonic() < until:
            await asyncio.sleep(0.02)

    async def _answer(self, send: Send, reply: Reply) -> None:
        if reply.kind == "status":
            extra = [("retry-after", reply.retry_after)] if reply.retry_after else []
            said = reply.error_message or f"scripted {reply.status}"
            data = reply.body if reply.body is not None else _error(said)
            await _send_json(send, reply.status, data, extra)
        elif reply.kind == "stream":
            await _send_stream(send, reply)
        elif reply.kind == "broken-json" and reply.broken_body:
            await _send(send, 200, b'{"choices": [{"message": {"content": "cut', "application/json")
        elif reply.kind == "tool-call":
            call = {
                "id": "call_1",
                "type": "function",
                "function": {
                    "name": reply.tool_name,
                    "arguments": json.dumps(reply.tool_arguments),
                },
            }
            await _send_json(send, 200, _completion(reply, None, [call]))
        else:
            await _send_json(send, 200, _completion(reply, _content(reply), None))


def _content(reply: Reply) -> str:
    if reply.kind == "broken-json":
        return '{"level": 1, "message": "Look at line 2 of your'
    if reply.content or reply.turn is None:
        return reply.content
    return json.dumps(reply.turn)


def _completion(reply: Reply, content: str | None, tool_calls: list[Any] | None) -> Message:
    message: Message = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    usage = {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }
    finish = "tool_calls" if tool_calls else "stop"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": MODEL,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": usage,
    }


def _error(message: str) -> Message:
    return {"error": {"message": message, "type": "invalid_request_error"}}


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(parts)


async def _send(
    send: Send, status: int, body: bytes, kind: str, extra: Sequence[tuple[str, str]] = ()
) -> None:
    headers = [(b"content-type", kind.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_json(
    send: Send, status: int, data: Any, extra: Sequence[tuple[str, str]] = ()
) -> None:
    await _send(send, status, json.dumps(data).encode(), "application/json", extra)


async def _send_stream(send: Send, reply: Reply) -> None:
    start = {"type": "http.response.start", "status": 200}
    await send({**start, "headers": [(b"content-type", b"text/event-stream")]})
    chunks = list(reply.chunks or ("Hel", "lo"))
    if reply.truncated:
        chunks = chunks[: max(1, len(chunks) // 2)]
    for piece in chunks:
        await _send_event(send, {"content": piece}, None)
    if not reply.truncated:
        await _send_event(send, {}, "stop")
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n", "more_body": True})
    await send({"type": "http.response.body", "body": b""})


async def _send_event(send: Send, delta: Message, finish: str | None) -> None:
    chunk = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    line = f"data: {json.dumps(chunk)}\n\n".encode()
    await send({"type": "http.response.body", "body": line, "more_body": True})


@contextmanager
def fake_openai(script: Script = (), rejects: Sequence[str] = ()) -> Iterator[FakeOpenAI]:
    """Serve a `FakeOpenAI` on a free port of 127.0.0.1 for the length of the block."""
    app = FakeOpenAI(script, rejects)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        lifespan="off",
        ws="none",
        http="h11",
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the fake OpenAI server did not start")
        time.sleep(0.01)
    app.url = f"http://127.0.0.1:{port}"
    try:
        yield app
    finally:
        app._closing = True
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
