class Book:
    """A book you are reading, and how far you have got."""

    def __init__(self, title, author, pages):
        # Store title, author and pages on self, and start pages_read at 0.
        pass

    def read(self, count):
        """Read count more pages, but never past the last page."""
        raise NotImplementedError

    def pages_left(self):
        """Return how many pages are still to read."""
        raise NotImplementedError

    def is_finished(self):
        """Return True once every page is read."""
        raise NotImplementedError

    def progress(self):
        """Return how much is read, in whole per cent, rounded down."""
        raise NotImplementedError

    def describe(self):
        """Return a line such as: Dune by Frank Herbert: 120/412 pages"""
        raise NotImplementedError
