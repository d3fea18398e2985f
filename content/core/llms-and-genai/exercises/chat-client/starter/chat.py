"""A client for an OpenAI-compatible chat-completion API: retries, timeouts and streaming."""

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator

Message = dict[str, str]


class ChatError(Exception):
    """The API refused, or could not be reached; status is None when there was no answer."""

    def __init__(self, status: int | None, message: str) -> None:
        super().__init__(message)
        self.status = status


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

    def complete(
        self, messages: list[Message], temperature: float = 0.7, max_tokens: int | None = None
    ) -> str:
        """The assistant's answer to messages, in one piece."""
        raise NotImplementedError("complete is not written yet")

    def stream(self, messages: list[Message], temperature: float = 0.7) -> Iterator[str]:
        """The assistant's answer piece by piece, as the server sends it (server-sent events)."""
        raise NotImplementedError("stream is not written yet")
