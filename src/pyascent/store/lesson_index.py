"""Full-text search over lesson sections, with SQLite FTS5 and its bm25() ranking.

The tutor answers free-form questions ("why does my generator stop?") from the course's own
lessons and cites the section it used. BM25 is a robust zero-shot baseline (tutor.md,
finding 6) and FTS5 ships with Python's sqlite3, so no model and no extra service is needed.
The index lives in memory: it is built from the course at start-up in milliseconds and is
never a source of truth.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "not",
        "of",
        "on",
        "or",
        "so",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "this",
        "to",
        "was",
        "what",
        "when",
        "where",
        "which",
        "why",
        "will",
        "with",
        "you",
        "your",
        "can",
        "should",
        "would",
        "could",
    ]
)


@dataclass(frozen=True)
class IndexedSection:
    anchor: str
    title: str  # "Lesson title: heading"
    text: str


@dataclass(frozen=True)
class SearchHit:
    anchor: str
    title: str
    score: float  # bm25: lower is better, as FTS5 gives it


class LessonIndex:
    """An FTS5 table of sections; safe to query from several threads."""

    def __init__(self, sections: Iterable[IndexedSection]) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute(
            "CREATE VIRTUAL TABLE sections USING fts5("
            "anchor UNINDEXED, title, body, tokenize='porter unicode61')"
        )
        self._db.executemany(
            "INSERT INTO sections (anchor, title, body) VALUES (?, ?, ?)",
            [(s.anchor, s.title, s.text) for s in sections],
        )
        self._db.commit()

    def search(self, question: str, limit: int = 3) -> list[SearchHit]:
        """The best sections for a question, best first; [] when no word is indexed.

        The question is reduced to words joined by OR, so no learner text is ever parsed
        as FTS5 query syntax. Titles weigh three times the body.
        """
        words = [w for w in _WORD.findall(question.lower()) if w not in _STOP]
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        with self._lock:
            rows = self._db.execute(
                "SELECT anchor, title, bm25(sections, 3.0, 1.0) AS rank FROM sections "
                "WHERE sections MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        return [SearchHit(str(a), str(t), float(r)) for a, t, r in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()
