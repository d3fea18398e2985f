"""The store's own errors: callers never see a SQLAlchemy exception."""

from __future__ import annotations


class StoreError(Exception):
    """The progress database cannot be used; the message says which file and what to do."""


class NotFound(StoreError):
    """A row that was asked for does not exist."""
