"""A client for the bookshop's REST API, with urllib.request and json only."""

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass


class ApiError(Exception):
    """The bookshop API answered with an error status (status None: it could not be reached)."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class BookNotFound(ApiError):
    """The API has no book with this id: it answered 404."""

    def __init__(self, book_id):
        super().__init__(404, f"no book with id {book_id}")
        self.book_id = book_id


@dataclass(frozen=True)
class Book:
    """A book as the API describes it (only the fields this client uses)."""

    id: int
    title: str
    author: str
    price: float

    @classmethod
    def from_json(cls, data):
        # The API sends more keys (such as "stock"): take only the four fields.
        return cls(data["id"], data["title"], data["author"], data["price"])


class BookshopClient:
    """Talks to the bookshop API at base_url, such as "http://127.0.0.1:8000/api"."""

    def __init__(self, base_url, sleep=time.sleep, retries=3, timeout=5.0):
        self.base_url = base_url.rstrip("/")  # "…/api/" and "…/api" are the same API
        # Keep sleep, retries and timeout, and use them in _send.

    def _send(self, url, payload=None):
        """Send one request to url: a GET, or a POST of payload as JSON.

        Return (status, the JSON answered); an error status raises ApiError."""
        headers = {"Accept": "application/json"}
        data = None
        if payload is not None:
            data = json.dumps(payload).encode("utf-8")
            headers["Content-Type"] = "application/json"
        # With data, Request sends a POST; without, a GET.
        request = urllib.request.Request(url, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:  # urlopen raises it for 4xx and 5xx
            raise ApiError(error.code, f"the bookshop API answered {error.code}") from error

    def _get(self, path):
        return self._send(self.base_url + path)[1]

    def get_book(self, book_id):
        """The book with this id; BookNotFound when there is none."""
        try:
            data = self._get(f"/books/{book_id}")
        except ApiError as error:
            if error.status == 404:
                raise BookNotFound(book_id) from error
            raise
        return Book.from_json(data)

    def search(self, text):
        """The books whose title or author contains text, as the API finds them."""
        query = urllib.parse.urlencode({"q": text})  # "le petit prince" -> q=le+petit+prince
        data = self._get(f"/search?{query}")
        return [Book.from_json(item) for item in data["results"]]

    def all_books(self):
        """Every book of the shop, page after page, each page asked for only when needed."""
        url = self.base_url + "/books"
        while url is not None:
            _, page = self._send(url)
            for item in page["books"]:
                yield Book.from_json(item)
            url = page["next"]  # the full URL of the next page, or None after the last

    def add_book(self, title, author, price):
        """Add a book to the shop (POST) and return it, with the id the API gave it."""
        status, data = self._send(
            self.base_url + "/books", {"title": title, "author": author, "price": price}
        )
        if status != 201:  # 201 Created: anything else did not create the book as asked
            raise ApiError(status, f"the bookshop API answered {status}")
        return Book.from_json(data)
