from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qsl, unquote, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: str


def parse_request(raw: str) -> Request:
    head, _, body = raw.partition("\r\n\r\n")
    request_line, *header_lines = head.split("\r\n")
    method, target, _version = request_line.split(" ")
    url = urlsplit(target)
    headers = {}
    for line in header_lines:
        parts = line.split(":")
        headers[parts[0].lower()] = parts[1].strip()
    return Request(method, unquote(url.path), dict(parse_qsl(url.query)), headers, body)


def build_response(status: int, body: str, content_type: str = "text/plain; charset=utf-8") -> bytes:
    data = body.encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(data)}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + data
