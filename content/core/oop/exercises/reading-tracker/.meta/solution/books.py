class Book:
    """A book you are reading, and how far you have got."""

    def __init__(self, title: str, author: str, pages: int) -> None:
        self.title = title
        self.author = author
        self.pages = pages
        self.pages_read = 0

    def read(self, count: int) -> None:
        """Read count more pages, but never past the last page."""
        self.pages_read = min(self.pages, self.pages_read + count)

    def pages_left(self) -> int:
        """Return how many pages are still to read."""
        return self.pages - self.pages_read

    def is_finished(self) -> bool:
        """Return True once every page is read."""
        return self.pages_read == self.pages

    def progress(self) -> int:
        """Return how much is read, in whole per cent, rounded down."""
        return self.pages_read * 100 // self.pages

    def describe(self) -> str:
        """Return a line such as: Dune by Frank Herbert: 120/412 pages"""
        return f"{self.title} by {self.author}: {self.pages_read}/{self.pages} pages"
