"""A client for any OpenAI-compatible chat endpoint (Ollama, llama.cpp, vLLM, a cloud API).

Why httpx and not the openai SDK: one POST of one JSON body is all the tutor needs, httpx
is already a dependency, and its transport is the seam the tests use. The SDK would add a
large dependency tree, retries and timeouts of its own that we could not bound, and it
assumes OpenAI's own server where we serve whatever the admin configured.

Every failure becomes `LLMUnavailable`, one sentence naming the URL and what happened, so
the tutor can fall back to the offline ladder. The API key goes only in the Authorization
header: it is kept out of `repr`, and scrubbed from every message this module writes.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx

from pyascent.services.errors import ServiceError
from pyascent.services.llm_wire import (
    BadReply,
    Completion,
    ToolCall,
    error_detail,
    read_completion,
    stream_completes,
    unfenced,
)

__all__ = [
    "Capabilities",
    "Completion",
    "LLMClient",
    "LLMEndpoint",
    "LLMUnavailable",
    "ToolCall",
    "api_url",
]

log = logging.getLogger(__name__)

MAX_RETRIES = 2  # after the first try: 429 and 5xx only
MAX_RETRY_WAIT_S = 5.0  # a longer Retry-After is not worth a learner's wait
BACKOFF_S = (0.25, 1.0)  # before retry 1 and 2, when the server says nothing


class LLMUnavailable(ServiceError):
    """The model could not give an answer; `status` is the HTTP status, if there was one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class LLMEndpoint:
    """Where the model is. `base_url` may end with /v1 or not."""

    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    timeout_s: float = 30.0


@dataclass(frozen=True)
class Capabilities:
    """What the endpoint honours, found by `probe`."""

    json_mode: bool
    tools: bool
    streaming: bool


def api_url(base_url: str, path: str) -> str:
    """`{base_url}/v1/{path}`, without doubling a /v1 the admin already wrote."""
    base = base_url.rstrip("/")
    if not base.endswith("/v1"):
        base += "/v1"
    return f"{base}/{path.lstrip('/')}"


def _shown_url(url: str) -> str:
    """The URL without user:password, fit for a message."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class LLMClient:
    """Chat completions over one endpoint; use as a context manager, or call `close`."""

    def __init__(self, endpoint: LLMEndpoint, transport: httpx.BaseTransport | None = None):
        self.endpoint = endpoint
        headers = {"Accept": "application/json"}
        if endpoint.api_key:
            headers["Authorization"] = f"Bearer {endpoint.api_key}"
        # user:password in the URL (a proxy's basic auth) is sent as auth, never as part of
        # the URL, so httpx's own log line of each request cannot show it.
        parts = urlsplit(endpoint.base_url)
        auth = None
        if parts.username is not None and not endpoint.api_key:
            auth = httpx.BasicAuth(unquote(parts.username), unquote(parts.password or ""))
        self._secrets = [s for s in (endpoint.api_key, parts.password) if s]
        self._base_url = _shown_url(endpoint.base_url)
        self._http = httpx.Client(
            headers=headers, auth=auth, transport=transport, follow_redirects=False
        )
        self._chat_url = api_url(self._base_url, "chat/completions")

    def __enter__(self) -> LLMClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def complete(
        self,
        messages: Sequence[Mapping[str, str]],
        json_mode: bool,
        tools: list[dict[str, Any]] | None = None,
        *,
        temperature: float = 0.2,
        max_tokens: int | None = None,
    ) -> Completion:
        """One chat completion, retried on 429 and 5xx, within `timeout_s` in all.

        Raises:
            LLMUnavailable: no usable answer (refused, unreachable, too slow, not OpenAI's
                format); the message names the URL and the reason.
        """
        body: dict[str, Any] = {
            "model": self.endpoint.model,
            "messages": [dict(m) for m in messages],
            "temperature": temperature,
        }
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        if tools:
            body["tools"] = tools
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        started = time.monotonic()
        response = self._post(body, deadline=started + self.endpoint.timeout_s)
        latency_ms = (time.monotonic() - started) * 1000
        return self._completion(response, latency_ms)

    def list_models(self) -> list[str]:
        """The model ids the endpoint serves (GET /v1/models)."""
        url = api_url(self._base_url, "models")
        try:
            response = self._http.get(url, timeout=self.endpoint.timeout_s)
        except httpx.HTTPError as exc:
            raise self._failure(url, _transport_reason(exc, self.endpoint.timeout_s)) from exc
        if response.status_code != 200:
            raise self._refused(url, response)
        data = self._json(url, response).get("data")
        if not isinstance(data, list):
            raise self._failure(url, 'answered without a "data" list of models')
        return [str(item["id"]) for item in data if isinstance(item, dict) and "id" in item]

    def probe(self) -> Capabilities:
        """Ask three tiny questions to learn what the endpoint honours.

        A 4xx answer means "not supported"; a network failure raises LLMUnavailable, as
        then nothing is known.
        """
        return Capabilities(
            json_mode=self._probe_json(), tools=self._probe_tools(), streaming=self._probe_stream()
        )

    def _probe_json(self) -> bool:
        ask = [{"role": "user", "content": 'Reply with this JSON object: {"ok": true}'}]
        try:
            reply = self.complete(ask, json_mode=True, max_tokens=20)
        except LLMUnavailable as exc:
            return _rejected(exc)
        try:
            return isinstance(json.loads(unfenced(reply.text)), dict)
        except json.JSONDecodeError:
            return False  # accepted response_format but did not honour it

    def _probe_tools(self) -> bool:
        ping = {
            "type": "function",
            "function": {
                "name": "ping",
                "description": "Answers pong.",
                "parameters": {"type": "object", "properties": {}},
            },
        }
        ask = [{"role": "user", "content": "Call the ping tool."}]
        try:
            reply = self.complete(ask, json_mode=False, tools=[ping], max_tokens=20)
        except LLMUnavailable as exc:
            return _rejected(exc)
        return any(call.name == "ping" for call in reply.tool_calls)

    def _probe_stream(self) -> bool:
        body = {
            "model": self.endpoint.model,
            "messages": [{"role": "user", "content": "Say hi."}],
            "max_tokens": 5,
            "stream": True,
        }
        url = self._chat_url
        try:
            with self._http.stream(
                "POST", url, json=body, timeout=self.endpoint.timeout_s
            ) as response:
                if 400 <= response.status_code < 500 and response.status_code != 429:
                    return False  # refused: the endpoint does not stream
                if response.status_code != 200:
                    raise self._failure(url, f"answered HTTP {response.status_code}")
                kind = response.headers.get("content-type", "")
                if not kind.startswith("text/event-stream"):
                    return False
                return stream_completes(response.iter_lines())
        except httpx.HTTPError as exc:
            raise self._failure(url, _transport_reason(exc, self.endpoint.timeout_s)) from exc

    def _post(self, body: dict[str, Any], deadline: float) -> httpx.Response:
        url = self._chat_url
        for attempt in range(MAX_RETRIES + 1):
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._failure(url, f"did not answer within {self.endpoint.timeout_s:g} s")
            try:
                response = self._http.post(url, json=body, timeout=left)
            except httpx.HTTPError as exc:
                raise self._failure(url, _transport_reason(exc, self.endpoint.timeout_s)) from exc
            status = response.status_code
            if status == 200:
                return response
            if status != 429 and status < 500:
                raise self._refused(url, response)
            if attempt == MAX_RETRIES:
                break
            wait, asked = _retry_wait(response, attempt)
            limit = min(MAX_RETRY_WAIT_S, deadline - time.monotonic())
            if wait >= limit:
                said = f"asked to wait {wait:g} s" if asked else "no time was left to try again"
                allowed = f"; it may wait {limit:.1f} s at most" if asked else ""
                raise self._failure(url, f"answered HTTP {status} and {said}{allowed}", status)
            log.info("LLM at %s answered HTTP %s; retry in %.2f s", _shown_url(url), status, wait)
            time.sleep(wait)
        tries = MAX_RETRIES + 1
        reason = f"answered HTTP {response.status_code} {tries} times in a row"
        raise self._failure(url, reason, response.status_code)

    def _completion(self, response: httpx.Response, latency_ms: float) -> Completion:
        data = self._json(self._chat_url, response)
        try:
            return read_completion(data, latency_ms)
        except BadReply as exc:
            raise self._failure(self._chat_url, str(exc)) from exc

    def _json(self, url: str, response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise self._failure(url, "answered with a body that is not JSON") from exc
        if not isinstance(data, dict):
            raise self._failure(url, "answered with JSON that is not an object")
        return data

    def _refused(self, url: str, response: httpx.Response) -> LLMUnavailable:
        status = response.status_code
        advice = {401: " (check the API key)", 403: " (check the API key)", 404: " (check the URL)"}
        detail = _error_detail(response)
        reason = f"refused the request: HTTP {status}{advice.get(status, '')}{detail}"
        return self._failure(url, reason, status)

    def _failure(self, url: str, reason: str, status: int | None = None) -> LLMUnavailable:
        message = f"The model at {_shown_url(url)} {reason}."
        for secret in self._secrets:
            message = message.replace(secret, "***")
        return LLMUnavailable(message, status)


def _rejected(exc: LLMUnavailable) -> bool:
    """False for a 4xx (the feature is refused); anything else is a real failure."""
    if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
        return False
    raise exc


def _transport_reason(exc: httpx.HTTPError, timeout_s: float) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"did not answer within {timeout_s:g} s"
    if isinstance(exc, httpx.ConnectError):
        return "could not be reached (is the server running, and is the URL right?)"
    return f"broke off the connection ({type(exc).__name__})"


def _retry_wait(response: httpx.Response, attempt: int) -> tuple[float, bool]:
    """How long to wait before the next try, and whether the server asked for it.

    The server's Retry-After (seconds or an HTTP date) wins; without one, our own backoff.
    A wait longer than MAX_RETRY_WAIT_S is not shortened: retrying before the server said
    it is ready would only be refused again, so the caller gives up instead.
    """
    header = response.headers.get("retry-after", "").strip()
    if header:
        try:
            return max(float(header), 0.0), True
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(header)
            return max(when.timestamp() - time.time(), 0.0), True
        except (TypeError, ValueError):
            pass
    return BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)], False


def _error_detail(response: httpx.Response) -> str:
    try:
        return error_detail(response.json())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return ""
