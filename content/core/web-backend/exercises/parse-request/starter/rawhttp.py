"""Read an HTTP request from its text, and write an HTTP response as bytes."""

from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qsl, unquote, urlsplit


@dataclass
class Request:
    """One HTTP request, taken apart."""

    method: str  # "GET"
    path: str  # decoded, without the query: "/books/le petit prince"
    query: dict[str, str]  # decoded: {"q": "jane austen"}
    headers: dict[str, str]  # names in lower case: {"host": "127.0.0.1:8000"}
    body: str  # everything after the blank line


def parse_request(raw: str) -> Request:
    """Take the text of an HTTP request apart."""
    # Replace this line with your code.
    raise NotImplementedError("parse_request is not written yet")


def build_response(status: int, body: str, content_type: str = "text/plain; charset=utf-8") -> bytes:
    """The bytes of an HTTP/1.1 response with this status and body."""
    # Replace this line with your code.
    raise NotImplementedError("build_response is not written yet")
