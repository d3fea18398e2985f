"""Documents parsed once while someone reads them, and forgotten when nobody does."""

import weakref
from collections.abc import Callable


class Document:
    """A parsed text: its path and its words."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.words = text.split()


class Library:
    """Opens documents for readers; the cache holds them weakly, the readers strongly."""

    def __init__(self, read: Callable[[str], str]) -> None:
        self._read = read
        self._documents: weakref.WeakValueDictionary[str, Document] = weakref.WeakValueDictionary()
        self._readers: dict[str, list[Document]] = {}
        self.unloaded: list[str] = []

    def open(self, reader: str, path: str) -> int:
        """reader starts reading path; returns the number of words of the document."""
        document = Document(path, self._read(path))
        self._documents[path] = document
        weakref.finalize(document, self.unloaded.append, document.path)
        self._readers.setdefault(reader, []).append(document)
        return len(document.words)

    def close(self, reader: str) -> None:
        """reader stops reading: it lets go of every document it opened."""
        self._readers.pop(reader, None)

    def loaded(self) -> list[str]:
        """The paths of the documents in memory right now, sorted."""
        return sorted(self._documents.keys())
