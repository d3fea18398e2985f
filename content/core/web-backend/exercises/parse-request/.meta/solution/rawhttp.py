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
    head, _, body = raw.partition("\r\n\r\n")
    request_line, *header_lines = head.split("\r\n")
    method, target, _version = request_line.split(" ")
    url = urlsplit(target)
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.lower()] = value.strip()
    return Request(method, unquote(url.path), dict(parse_qsl(url.query)), headers, body)


def build_response(status: int, body: str, content_type: str = "text/plain; charset=utf-8") -> bytes:
    """The bytes of an HTTP/1.1 response with this status and body."""
    data = body.encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(data)}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + data
