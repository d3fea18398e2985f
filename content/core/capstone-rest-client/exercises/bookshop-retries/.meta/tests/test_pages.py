"""Stage 2: all_books follows the pages lazily; add_book POSTs JSON and expects 201."""

import itertools

import bookshop
import pytest
from pretend_api import Answer
from test_books import DUNE, EMMA, PRINCE, api_error_from, no_error, outcome

SOLARIS = {"id": 44, "title": "Solaris", "author": "Stanisław Lem", "price": 8.5, "stock": 2}
BELOVED = {"id": 25, "title": "Beloved", "author": "Toni Morrison", "price": 11.25, "stock": 4}


def three_pages(api):
    """Pages of 2, 2 and 1 books, linked by "next" URLs with cursors the client cannot guess."""
    second, third = f"{api.url}/books?cursor=k7Hd", f"{api.url}/books?cursor=Zq01"
    api.on("GET", "/api/books", Answer(200, {"books": [DUNE, PRINCE], "next": second}))
    api.on("GET", "/api/books", Answer(200, {"books": [EMMA, SOLARIS], "next": third}), query={"cursor": "k7Hd"})
    api.on("GET", "/api/books", Answer(200, {"books": [BELOVED], "next": None}), query={"cursor": "Zq01"})
    return ["GET /api/books", "GET /api/books?cursor=k7Hd", "GET /api/books?cursor=Zq01"]


def first_books(books, limit=20):
    """At most `limit` books from all_books(), so that a client that never stops still ends."""
    return list(itertools.islice(books, limit))


def test_all_books_follows_the_next_links(api):
    """all_books() gives the books of every page, in order, following each page's "next" URL."""
    pages = three_pages(api)
    books, error = outcome(lambda: first_books(bookshop.BookshopClient(api.url).all_books()))
    assert api.seen() == pages, (
        f"all_books() should ask for {pages[0]} and then follow each page's \"next\" URL exactly "
        f"as given, until a page whose next is null: {pages}. It asked: {api.seen()}"
    )
    no_error(error, "all_books()")
    assert [b.id for b in books] == [7, 12, 31, 44, 25], (
        "all_books() should give the five books of the three pages, in order: ids 7, 12, 31, 44, 25"
    )
    assert repr(books[3]) == "Book(id=44, title='Solaris', author='Stanisław Lem', price=8.5)", (
        "all_books() should give Books, as get_book does"
    )


def test_all_books_is_lazy(api):
    """all_books() is a generator: it asks for a page only when its books are needed."""
    three_pages(api)
    books = bookshop.BookshopClient(api.url).all_books()
    assert api.seen() == [], (
        "Calling all_books() should not send any request yet: make it a generator (yield each "
        "book), so it runs only when the first book is asked for"
    )
    first = next(books)
    assert first.id == 7, "The first book of all_books() should be the first of page 1 (id 7)"
    assert len(api.seen()) == 1, (
        f"After the first book, only page 1 should have been asked for, but the API got "
        f"{api.seen()}: yield the books of a page before asking for the next one"
    )
    next(books)
    assert len(api.seen()) == 1, "The second book is on page 1 too: no new request yet"
    assert next(books).id == 31, "The third book (id 31) is the first of page 2"
    assert len(api.seen()) == 2, "After the third book, the API should have been asked for two pages"


def test_a_single_page(api):
    """A first page whose next is null is the only one."""
    api.on("GET", "/api/books", Answer(200, {"books": [EMMA], "next": None}))
    books, error = outcome(lambda: first_books(bookshop.BookshopClient(api.url + "/").all_books()))
    assert api.seen() == ["GET /api/books"], (
        "With one page (next is null), all_books() should send one request, GET /api/books"
    )
    no_error(error, "all_books()")
    assert [b.title for b in books] == ["Emma"], "all_books() should give the one book of the page"


def test_an_empty_shop(api):
    """No books at all: all_books() gives nothing."""
    api.on("GET", "/api/books", Answer(200, {"books": [], "next": None}))
    books, error = outcome(lambda: first_books(bookshop.BookshopClient(api.url).all_books()))
    no_error(error, "all_books()")
    assert books == [], "With no books, all_books() should give nothing"


def test_an_error_on_a_later_page(api):
    """An error status on page 2 raises ApiError, after the books of page 1."""
    api.on("GET", "/api/books", Answer(200, {"books": [DUNE], "next": f"{api.url}/books?cursor=x2"}))
    api.on("GET", "/api/books", Answer(500, {"error": "oops"}), query={"cursor": "x2"})
    books = bookshop.BookshopClient(api.url).all_books()
    assert next(books).id == 7, "all_books() should first give the book of page 1"
    error = api_error_from(lambda: next(books), "all_books() with a page 2 that answered 500")
    assert error.status == 500, "A page that answers 500 should raise ApiError with status 500"


NEW = {"title": "Kindred", "author": "Octavia E. Butler", "price": 7.5}


def test_add_book_posts_json(api):
    """add_book POSTs the book as JSON to base_url + "/books" and returns the Book the API made."""
    api.on("POST", "/api/books", Answer(201, {"id": 101, **NEW, "stock": 0}))
    book, error = outcome(lambda: bookshop.BookshopClient(api.url).add_book("Kindred", "Octavia E. Butler", 7.5))
    assert api.seen() == ["POST /api/books"], (
        'add_book(...) should send one request, POST /api/books: give urllib.request.Request '
        "data (the body), and it sends a POST"
    )
    sent = api.requests[0]
    assert sent.headers.get("content-type") == "application/json", (
        "The POST should say what its body is: the header Content-Type: application/json"
    )
    assert sent.headers.get("accept") == "application/json", (
        "The POST should also carry the header Accept: application/json"
    )
    try:
        body = sent.json()
    except ValueError:
        pytest.fail(
            f"The body of the POST should be JSON, but it was {sent.body[:80]!r}: "
            'json.dumps({...}).encode("utf-8")',
            pytrace=False,
        )
    assert body == NEW, (
        f"The body of the POST should be the JSON object {NEW}: exactly the title, author and price"
    )
    no_error(error, "add_book(...)")
    assert repr(book) == "Book(id=101, title='Kindred', author='Octavia E. Butler', price=7.5)", (
        "add_book should return the new Book from the API's answer, with the id the API gave it (101)"
    )


def test_add_book_expects_201(api):
    """An answer other than 201 Created raises ApiError, even a 200."""
    api.on("POST", "/api/books", Answer(200, {"id": 101, **NEW, "stock": 0}))
    error = api_error_from(
        lambda: bookshop.BookshopClient(api.url).add_book("Kindred", "Octavia E. Butler", 7.5),
        "add_book(...) answered 200",
        ": check response.status, as urlopen raises nothing for a 200",
    )
    assert error.status == 200, (
        "When the POST answers 200 instead of 201 Created, add_book should raise "
        "ApiError(200, ...): check response.status, as urlopen raises nothing for a 200"
    )
    assert str(error) == "the bookshop API answered 200", (
        'The ApiError for a 200 answer should say "the bookshop API answered 200"'
    )


def test_add_book_refused(api):
    """A 400 answer (the API refused the book) raises ApiError with status 400."""
    api.on("POST", "/api/books", Answer(400, {"error": "price must be a positive number"}))
    error = api_error_from(
        lambda: bookshop.BookshopClient(api.url).add_book("Kindred", "Octavia E. Butler", -1),
        "add_book(...) answered 400",
    )
    assert error.status == 400, "When the POST answers 400, the ApiError should have status 400"
    assert api.requests[0].json() == {"title": "Kindred", "author": "Octavia E. Butler", "price": -1}, (
        "add_book should send the price it was given, unchanged"
    )
