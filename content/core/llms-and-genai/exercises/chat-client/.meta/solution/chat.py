"""A client for an OpenAI-compatible chat-completion API: retries, timeouts and streaming."""

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http.client import HTTPResponse

Message = dict[str, str]


class ChatError(Exception):
    """The API refused, or could not be reached; status is None when there was no answer."""

    def __init__(self, status: int | None, message: str) -> None:
        super().__init__(message)
        self.status = status


def error_message(error: urllib.error.HTTPError) -> str:
    """The API's own words from an error body {"error": {"message": ...}}, else the status."""
    try:
        return str(json.loads(error.read())["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"the API answered {error.code}"


class ChatClient:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        model: str,
        retries: int = 2,
        timeout: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.model = model
        self.retries = retries
        self.timeout = timeout
        self.sleep = sleep

    def _post(self, body: dict[str, object]) -> HTTPResponse:
        """POST body to /chat/completions, trying again after a 429, a 5xx or no answer."""
        request = urllib.request.Request(
            self.base_url + "/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers={"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"},
            method="POST",
        )
        attempt = 0
        while True:
            wait = 2.0**attempt  # 1, 2, 4 ... seconds
            try:
                response: HTTPResponse = urllib.request.urlopen(request, timeout=self.timeout)
                return response
            except urllib.error.HTTPError as error:
                if (error.code != 429 and error.code < 500) or attempt == self.retries:
                    raise ChatError(error.code, error_message(error)) from None
                if error.headers.get("Retry-After"):  # the server says how long to wait
                    wait = float(error.headers["Retry-After"])
            except OSError as error:  # no connection, or no answer in time
                if attempt == self.retries:
                    raise ChatError(None, f"could not reach the API: {error}") from None
            self.sleep(wait)
            attempt += 1

    def _body(self, messages: list[Message], temperature: float) -> dict[str, object]:
        return {"model": self.model, "messages": messages, "temperature": temperature}

    def complete(
        self, messages: list[Message], temperature: float = 0.7, max_tokens: int | None = None
    ) -> str:
        """The assistant's answer to messages, in one piece."""
        body = self._body(messages, temperature)
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        with self._post(body) as response:
            answer = json.load(response)
        return str(answer["choices"][0]["message"]["content"])

    def stream(self, messages: list[Message], temperature: float = 0.7) -> Iterator[str]:
        """The assistant's answer piece by piece, as the server sends it (server-sent events)."""
        body = self._body(messages, temperature)
        body["stream"] = True
        with self._post(body) as response:
            for raw in response:
                line = raw.decode("utf-8")
                if not line.startswith("data:"):
                    continue  # blank lines between events, ": comments"
                data = line.removeprefix("data:").strip()
                if data == "[DONE]":
                    return
                content = json.loads(data)["choices"][0]["delta"].get("content")
                if content:
                    yield content
