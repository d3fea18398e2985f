"""parse_request takes a request's text apart; build_response writes a response's bytes."""

import pytest

import rawhttp

SEARCH = (
    "GET /search?q=jane+austen&page=2 HTTP/1.1\r\n"
    "Host: 127.0.0.1:8000\r\n"
    "Accept: application/json\r\n"
    "\r\n"
)
POST = (
    "POST /books/le%20petit%20prince/reviews HTTP/1.1\r\n"
    "Host: shop.example\r\n"
    "Content-Type: application/json\r\n"
    "Content-Length: 27\r\n"
    "X-Request-ID:   r-81  \r\n"
    "\r\n"
    '{"stars": 5, "text": "a:b"}'
)


def parse(raw):
    try:
        return rawhttp.parse_request(raw)
    except NotImplementedError:
        pytest.fail("parse_request is not written yet", pytrace=False)
    except Exception as error:
        pytest.fail(
            f"parse_request raised {type(error).__name__}: {error} for the request {raw!r}",
            pytrace=False,
        )


def test_request_line():
    """The method and the path come from the request line."""
    request = parse(SEARCH)
    assert request.method == "GET", "The method of 'GET /search?... HTTP/1.1' should be 'GET'"
    assert parse(POST).method == "POST", "The method of 'POST /books/... HTTP/1.1' should be 'POST'"
    assert request.path == "/search", (
        "The path of '/search?q=jane+austen&page=2' should be '/search': the query (from the ?) "
        "is not part of the path"
    )


def test_path_is_decoded():
    """%20 in the path becomes a space."""
    assert parse(POST).path == "/books/le petit prince/reviews", (
        "The path '/books/le%20petit%20prince/reviews' should be decoded to "
        "'/books/le petit prince/reviews': urllib.parse.unquote"
    )


def test_query_parameters():
    """The query becomes a dict of decoded strings; no query gives {}."""
    assert parse(SEARCH).query == {"q": "jane austen", "page": "2"}, (
        "The query 'q=jane+austen&page=2' should give {'q': 'jane austen', 'page': '2'}: "
        "a + in a query is a space (urllib.parse.parse_qsl decodes it)"
    )
    assert parse(POST).query == {}, "A target without ? has no query parameters: query should be {}"
    raw = "GET /search?q=caf%C3%A9%20cr%C3%A8me&lang=fr HTTP/1.1\r\nHost: x\r\n\r\n"
    assert parse(raw).query == {"q": "café crème", "lang": "fr"}, (
        "The query 'q=caf%C3%A9%20cr%C3%A8me&lang=fr' should give {'q': 'café crème', 'lang': 'fr'}"
    )


def test_headers():
    """Header names in lower case; values without the spaces around them."""
    assert parse(SEARCH).headers == {"host": "127.0.0.1:8000", "accept": "application/json"}, (
        "The headers should be {'host': '127.0.0.1:8000', 'accept': 'application/json'}: "
        "the name in lower case, the value after the first colon (a value may hold colons "
        "itself), without the spaces around it"
    )
    headers = parse(POST).headers
    assert headers.get("content-type") == "application/json", (
        "'Content-Type: application/json' should give headers['content-type'] == "
        "'application/json': header names are not case-sensitive, so keep them in lower case"
    )
    assert headers.get("x-request-id") == "r-81", (
        "'X-Request-ID:   r-81  ' should give headers['x-request-id'] == 'r-81': strip the "
        "spaces around the value"
    )
    assert len(headers) == 4, "This request has four headers, so headers should have four entries"


def test_body():
    """The body is everything after the empty line."""
    assert parse(POST).body == '{"stars": 5, "text": "a:b"}', (
        "The body should be the text after the empty line: '{\"stars\": 5, \"text\": \"a:b\"}'"
    )
    assert parse(SEARCH).body == "", "A request that ends with the empty line has the body ''"
    raw = "PUT /notes/3 HTTP/1.1\r\nHost: x\r\n\r\nline one\r\n\r\nline three"
    assert parse(raw).body == "line one\r\n\r\nline three", (
        "Only the first empty line ends the headers: the body 'line one\\r\\n\\r\\nline three' "
        "may hold empty lines of its own"
    )


def test_a_bad_request_line_raises_value_error():
    """A request line that is not three words raises ValueError."""
    for raw in ["GET /search\r\nHost: x\r\n\r\n", "GET /a b HTTP/1.1\r\n\r\n", "hello\r\n\r\n"]:
        with pytest.raises(ValueError):
            rawhttp.parse_request(raw)
            pytest.fail(
                f"parse_request({raw!r}) should raise ValueError: its request line is not "
                "'METHOD TARGET VERSION'",
                pytrace=False,
            )


def test_response_status_line_and_headers():
    """build_response writes the status line, the two headers, an empty line and the body."""
    assert rawhttp.build_response(404, "no such book") == (
        b"HTTP/1.1 404 Not Found\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Length: 12\r\n"
        b"\r\n"
        b"no such book"
    ), "build_response(404, 'no such book') should give the bytes shown in the instructions"


def test_response_reason_phrases():
    """The reason is the standard phrase of the status."""
    for status, reason in [(200, "OK"), (201, "Created"), (403, "Forbidden"), (503, "Service Unavailable")]:
        first_line = rawhttp.build_response(status, "").split(b"\r\n")[0]
        assert first_line == f"HTTP/1.1 {status} {reason}".encode(), (
            f"The status line for {status} should be 'HTTP/1.1 {status} {reason}': "
            f"HTTPStatus({status}).phrase is {reason!r}"
        )


def test_response_with_a_content_type():
    """A content_type given replaces the default one."""
    response = rawhttp.build_response(201, '{"id": 7}', "application/json")
    assert response == (
        b'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{"id": 7}'
    ), "build_response(201, '{\"id\": 7}', 'application/json') should say Content-Type: application/json"


def test_content_length_counts_bytes():
    """Content-Length is the length in bytes of the UTF-8 body."""
    response = rawhttp.build_response(200, "crème brûlée")
    assert b"Content-Length: 15\r\n" in response, (
        "'crème brûlée' is 12 characters but 15 bytes in UTF-8: Content-Length should be 15, "
        "len(body.encode('utf-8'))"
    )
    assert response.endswith("\r\n\r\ncrème brûlée".encode("utf-8")), (
        "The body should come after the empty line, encoded as UTF-8"
    )
