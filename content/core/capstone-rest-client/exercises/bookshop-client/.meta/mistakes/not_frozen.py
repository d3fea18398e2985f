"""A client for the bookshop's REST API, with urllib.request and json only."""

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass


class ApiError(Exception):
    """The bookshop API answered with an error status."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class BookNotFound(ApiError):
    """The API has no book with this id: it answered 404."""

    def __init__(self, book_id):
        super().__init__(404, f"no book with id {book_id}")
        self.book_id = book_id


@dataclass
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

    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")  # "…/api/" and "…/api" are the same API

    def _get(self, path):
        """GET base_url + path and return the JSON it answered; an error status raises ApiError."""
        request = urllib.request.Request(self.base_url + path, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:  # urlopen raises it for 4xx and 5xx
            raise ApiError(error.code, f"the bookshop API answered {error.code}") from error

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
