"""A small shop's request handlers: the program you examine (given; do not change this file).

Somewhere in here memory grows with every request and is never given back.
"""

CATALOGUE = [f"item-{number:05d}" for number in range(3000)]


class Shop:
    """One running shop: it answers requests and remembers a few things between them."""

    def __init__(self) -> None:
        self.visits = 0
        self._index: dict[str, int] | None = None
        self._splash: list[str] | None = None
        self._history: list[str] = []
        self._baskets: dict[str, list[str]] = {}

    def _first_request(self) -> None:
        """Work done once, on the first request: an index kept for good, a splash page for a while."""
        self._index = {name: position for position, name in enumerate(CATALOGUE)}
        self._splash = [name.upper() for name in CATALOGUE]

    def _tick(self) -> int:
        if self._index is None:
            self._first_request()
        self.visits += 1
        if self.visits == 5:
            self._splash = None  # shown to the first visitors only
        return self.visits

    def handle_request(self) -> int:
        """Answer one page request; returns the length of the page."""
        visit = self._tick()
        page = " ".join(CATALOGUE[visit % 100 : visit % 100 + 40])
        self._history.append(f"visit {visit}: a page of {len(page)} characters")
        return len(page)

    def add_to_basket(self) -> int:
        """A new visitor puts three items in a basket; returns the number of baskets."""
        visit = self._tick()
        item = CATALOGUE[visit % len(CATALOGUE)]
        self._baskets[f"visitor-{visit}"] = [item, item.lower(), item.title()]
        return len(self._baskets)

    def build_report(self) -> int:
        """A report of 2000 lines, made, measured and thrown away; returns its length."""
        lines = [f"line {number:04d}: {'.' * 60}" for number in range(2000)]
        return len("\n".join(lines))

    def big_temporary(self) -> int:
        """Makes about 2 MB of data and lets it go at once; returns its size."""
        blocks = [bytes(1000) for _ in range(2000)]
        return sum(len(block) for block in blocks)
