"""A pretend bookshop API on your own computer, to try your client against.

Run it in a terminal of its own:

    python pretend_bookshop.py            # serves http://127.0.0.1:8000/api
    python pretend_bookshop.py --flaky    # and answers 503 to about one GET in three

then, in another terminal or the Python shell:

    >>> from bookshop import BookshopClient
    >>> BookshopClient("http://127.0.0.1:8000/api").get_book(7)

Stop it with Ctrl+C. The checks do not use this file: they start a server of their own.

    GET  /api/books/<id>       one book, or 404
    GET  /api/search?q=<text>  {"query": ..., "results": [books whose title or author has text]}
    GET  /api/books            {"books": [five books], "next": URL of the next page, or null}
    POST /api/books            a JSON body {"title", "author", "price"}: 201 and the new book
"""

import argparse
import itertools
import json
import random
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BOOKS = {
    book["id"]: book
    for book in [
        {"id": 3, "title": "Middlemarch", "author": "George Eliot", "price": 8.0, "stock": 2},
        {"id": 7, "title": "Dune", "author": "Frank Herbert", "price": 9.5, "stock": 3},
        {"id": 12, "title": "Le Petit Prince", "author": "Antoine de Saint-Exupéry", "price": 6.9, "stock": 0},
        {"id": 18, "title": "Persuasion", "author": "Jane Austen", "price": 4.5, "stock": 6},
        {"id": 21, "title": "The Left Hand of Darkness", "author": "Ursula K. Le Guin", "price": 10.0, "stock": 1},
        {"id": 25, "title": "Beloved", "author": "Toni Morrison", "price": 11.25, "stock": 4},
        {"id": 31, "title": "Emma", "author": "Jane Austen", "price": 4.25, "stock": 12},
        {"id": 38, "title": "Things Fall Apart", "author": "Chinua Achebe", "price": 7.75, "stock": 5},
        {"id": 44, "title": "Solaris", "author": "Stanisław Lem", "price": 8.5, "stock": 2},
        {"id": 52, "title": "Pride and Prejudice", "author": "Jane Austen", "price": 5.0, "stock": 9},
        {"id": 57, "title": "The Master and Margarita", "author": "Mikhail Bulgakov", "price": 9.0, "stock": 3},
    ]
}
PAGE_SIZE = 5
new_ids = itertools.count(100)


class Bookshop(BaseHTTPRequestHandler):
    flaky = False

    def do_GET(self):
        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        if self.flaky and random.random() < 1 / 3:
            return self.answer(503, {"error": "busy, try again later"})
        if parts.path == "/api/search":
            text = query.get("q", "").lower()
            found = [b for b in BOOKS.values() if text in (b["title"] + " " + b["author"]).lower()]
            return self.answer(200, {"query": query.get("q", ""), "results": found})
        if parts.path == "/api/books":
            return self.page(int(query.get("cursor", 0)))
        if parts.path.startswith("/api/books/"):
            tail = parts.path.removeprefix("/api/books/")
            book = BOOKS.get(int(tail)) if tail.isdigit() else None
            if book is None:
                return self.answer(404, {"error": "no such book"})
            return self.answer(200, book)
        return self.answer(404, {"error": f"nothing at {parts.path}"})

    def page(self, start):
        books = sorted(BOOKS.values(), key=lambda b: b["id"])
        after = [b for b in books if b["id"] > start]
        shown = after[:PAGE_SIZE]
        more = len(after) > PAGE_SIZE
        host = self.headers.get("Host", "127.0.0.1")
        following = f"http://{host}/api/books?cursor={shown[-1]['id']}" if more else None
        self.answer(200, {"books": shown, "next": following})

    def do_POST(self):
        if urlsplit(self.path).path != "/api/books":
            return self.answer(404, {"error": "POST only to /api/books"})
        try:
            data = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        except ValueError:
            return self.answer(400, {"error": "the body is not JSON"})
        title, author, price = (data.get(k) if isinstance(data, dict) else None for k in ("title", "author", "price"))
        if not (isinstance(title, str) and title and isinstance(author, str) and author):
            return self.answer(400, {"error": "a book needs a title and an author"})
        if not isinstance(price, (int, float)) or price <= 0:
            return self.answer(400, {"error": "price must be a positive number"})
        book = {"id": next(new_ids), "title": title, "author": author, "price": price, "stock": 0}
        BOOKS[book["id"]] = book
        self.answer(201, book)

    def answer(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser(description="A pretend bookshop API on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--flaky", action="store_true", help="answer 503 to about one GET in three")
    options = parser.parse_args()
    Bookshop.flaky = options.flaky
    server = ThreadingHTTPServer(("127.0.0.1", options.port), Bookshop)
    print(f"The pretend bookshop is at http://127.0.0.1:{options.port}/api (Ctrl+C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print()


if __name__ == "__main__":
    main()
