"""Stage 1: get_book and search, a Book dataclass, BookNotFound and ApiError."""

import bookshop
import pytest
from pretend_api import Answer

DUNE = {"id": 7, "title": "Dune", "author": "Frank Herbert", "price": 9.5, "stock": 3}
PRINCE = {"id": 12, "title": "Le Petit Prince", "author": "Antoine de Saint-Exupéry", "price": 6.9, "stock": 0}
EMMA = {"id": 31, "title": "Emma", "author": "Jane Austen", "price": 4.25, "stock": 12}


def client_for(api, base_url=None):
    return bookshop.BookshopClient(api.url if base_url is None else base_url)


def api_error_from(call, what, advice=""):
    """The ApiError that call() raises; a clear failure for anything else."""
    try:
        call()
    except bookshop.ApiError as error:
        return error
    except Exception as error:
        if isinstance(error, OSError) and type(error).__name__ != "HTTPError":
            advice = (  # a timeout, a refused connection, a server that hung up: no status
                "That is a connection problem, not an answer: catch OSError (after HTTPError) "
                'and raise ApiError(None, "could not reach the bookshop API: ...")'
            )
        else:
            advice = (
                "Catch urllib.error.HTTPError (error.code is the status) and raise your own "
                "ApiError(status, message) instead"
            )
        pytest.fail(f"{what} raised {type(error).__name__}: {error}. {advice}", pytrace=False)
    pytest.fail(f"{what} should raise ApiError, but it raised nothing{advice}", pytrace=False)


def outcome(call):
    """(what call() returned, None) or (None, the error it raised)."""
    try:
        return call(), None
    except Exception as error:
        return None, error


def no_error(error, what):
    if error is not None:
        pytest.fail(f"{what} raised {type(error).__name__}: {error}", pytrace=False)


def test_get_book_returns_a_book(api):
    """get_book(7) sends one GET to base_url + "/books/7" and returns a Book with its four fields."""
    api.on("GET", "/api/books/7", Answer(200, DUNE))
    book, error = outcome(lambda: client_for(api).get_book(7))
    assert api.seen() == ["GET /api/books/7"], (
        f"get_book(7) on a client for {api.url} should send exactly one request, "
        f"GET /api/books/7: base_url + f\"/books/{{book_id}}\""
    )
    no_error(error, "get_book(7)")
    assert (book.id, book.title, book.author, book.price) == (7, "Dune", "Frank Herbert", 9.5), (
        "get_book(7) should return a Book with the id, title, author and price from the JSON"
    )


def test_sends_accept_json(api):
    """Every request says that it wants JSON: the header Accept: application/json."""
    api.on("GET", "/api/books/7", Answer(200, DUNE))
    client_for(api).get_book(7)
    assert api.requests[0].headers.get("accept") == "application/json", (
        "The request should have the header Accept: application/json: "
        "urllib.request.Request(url, headers={\"Accept\": \"application/json\"})"
    )


def test_book_is_a_frozen_dataclass(api):
    """Book is a frozen dataclass with the fields id, title, author and price, in that order."""
    api.on("GET", "/api/books/31", Answer(200, EMMA))
    book = client_for(api).get_book(31)
    assert repr(book) == "Book(id=31, title='Emma', author='Jane Austen', price=4.25)", (
        "repr(book) should be Book(id=31, title='Emma', author='Jane Austen', price=4.25): make "
        "Book a @dataclass with exactly the fields id, title, author and price, in that order "
        "(the API's other keys, such as stock, are left out)"
    )
    same = bookshop.Book(31, "Emma", "Jane Austen", 4.25)
    assert same.__eq__(book) is True, (
        "Book(31, 'Emma', 'Jane Austen', 4.25) should be == to the book get_book(31) returned: "
        "a dataclass compares its fields"
    )
    with pytest.raises(AttributeError):
        book.price = 0.0
        pytest.fail(
            "Changing book.price should raise dataclasses.FrozenInstanceError: a result of the "
            "API is a value, so make Book @dataclass(frozen=True)",
            pytrace=False,
        )


def test_base_url_may_end_with_a_slash(api):
    """A base URL that ends with "/" asks for the same path, without a double slash."""
    api.on("GET", "/api/books/12", Answer(200, PRINCE))
    book, error = outcome(lambda: client_for(api, api.url + "/").get_book(12))
    assert api.seen() == ["GET /api/books/12"], (
        f"With base_url {api.url + '/'!r}, get_book(12) should ask for /api/books/12, not "
        "/api//books/12: take the last / off base_url (base_url.rstrip(\"/\"))"
    )
    no_error(error, "get_book(12)")
    assert book.title == "Le Petit Prince", "get_book(12) should return the book Le Petit Prince"


def test_missing_book_raises_book_not_found(api):
    """A 404 answer raises BookNotFound, a kind of ApiError, with the book's id."""
    assert issubclass(bookshop.BookNotFound, bookshop.ApiError), (
        "BookNotFound should be a subclass of ApiError: class BookNotFound(ApiError)"
    )
    api.on("GET", "/api/books/99", Answer(404, {"error": "no such book"}))
    error = api_error_from(lambda: client_for(api).get_book(99), "get_book(99) answered 404")
    assert isinstance(error, bookshop.BookNotFound), (
        "get_book(99) should raise BookNotFound when the API answers 404, not a plain ApiError"
    )
    assert error.book_id == 99, "BookNotFound(99) should keep the id: error.book_id == 99"
    assert error.status == 404, "A BookNotFound is an ApiError with status 404"
    assert str(error) == "no book with id 99", (
        'str(BookNotFound(99)) should be "no book with id 99"'
    )


def test_other_errors_raise_api_error(api):
    """Any other error status raises ApiError with that status, not BookNotFound."""
    api.on("GET", "/api/books/7", Answer(500, {"error": "the database is down"}))
    api.on("GET", "/api/books/8", Answer(403, {"error": "forbidden"}))
    client = client_for(api)
    for book_id, status in [(7, 500), (8, 403)]:
        error = api_error_from(lambda: client.get_book(book_id), f"get_book({book_id}) answered {status}")
        assert not isinstance(error, bookshop.BookNotFound), (
            f"When the API answers {status}, get_book should raise ApiError, not BookNotFound: "
            "only a 404 means that there is no such book"
        )
        assert error.status == status, (
            f"When the API answers {status}, the ApiError should have status {status}"
        )
        assert str(error) == f"the bookshop API answered {status}", (
            f'str(ApiError) for a {status} answer should be "the bookshop API answered {status}"'
        )


def test_search_returns_books(api):
    """search("austen") sends GET base_url + "/search?q=austen" and returns the Books found, in order."""
    api.on("GET", "/api/search", Answer(200, {"query": "austen", "results": [EMMA, DUNE]}), query={"q": "austen"})
    books = client_for(api).search("austen")
    assert api.seen() == ["GET /api/search?q=austen"], (
        'search("austen") should send one request, GET /api/search?q=austen'
    )
    assert type(books) is list and len(books) == 2, (
        'search("austen") should return a list of the two books in "results"'
    )
    assert [(b.id, b.title) for b in books] == [(31, "Emma"), (7, "Dune")], (
        'search("austen") should return the books of "results" as Books, in the same order'
    )
    assert repr(books[0]) == "Book(id=31, title='Emma', author='Jane Austen', price=4.25)", (
        "Each result should be a Book with the fields id, title, author and price"
    )


def test_search_encodes_the_text(api):
    """Spaces, & and accents in the text reach the API unchanged (the query is URL-encoded)."""
    text = "petit prince & exupéry"
    api.on("GET", "/api/search", Answer(200, {"query": text, "results": [PRINCE]}), query={"q": text})
    advice = (
        'Encode the text for a URL: urllib.parse.urlencode({"q": text}) turns spaces, & and é '
        "into +, %26 and %C3%A9"
    )
    books, error = outcome(lambda: client_for(api).search(text))
    if type(error).__name__ in ("InvalidURL", "UnicodeEncodeError"):
        pytest.fail(f"search({text!r}) raised {type(error).__name__}: {error}. {advice}", pytrace=False)
    assert [str(r) for r in api.requests] == [f"GET /api/search?q={text}"], (
        f"search({text!r}) should send q={text!r}, encoded for a URL. {advice}"
    )
    no_error(error, f"search({text!r})")
    assert [b.id for b in books] == [12], f"search({text!r}) should return the one book found"


def test_search_without_results(api):
    """No results: an empty list."""
    api.on("GET", "/api/search", Answer(200, {"query": "zebra", "results": []}), query={"q": "zebra"})
    assert client_for(api).search("zebra") == [], 'search("zebra") with no results should return []'


def test_search_error_raises_api_error(api):
    """An error status in a search raises ApiError with that status."""
    api.on("GET", "/api/search", Answer(500, {"error": "the index is rebuilding"}), query={"q": "dune"})
    error = api_error_from(lambda: client_for(api).search("dune"), 'search("dune") answered 500')
    assert error.status == 500, "When the search answers 500, the ApiError should have status 500"
