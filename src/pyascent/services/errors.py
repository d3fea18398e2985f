"""Errors a person can act on; the CLI and web print their message, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from pyascent.store import StoreError


class ServiceError(Exception):
    """A request that cannot be carried out, with a message saying what to do instead."""


class StorageError(ServiceError):
    """The progress database cannot be used right now (locked, full, damaged, gone).

    Its own class because the web app answers it with 503 (try again) rather than 400.
    """


class GradingBusy(ServiceError):
    """Every grading worker is taken and the queue is full: try again in `retry_after` s."""

    def __init__(self, retry_after: float) -> None:
        seconds = max(1, round(retry_after))
        super().__init__(f"The grader is busy. Try again in {seconds} s.")
        self.retry_after = retry_after


class Forbidden(ServiceError):
    """The account may not do this (the web answers 403); says which role would."""


class Missing(ServiceError):
    """No such cohort, assignment or student here (the web answers 404). Also what a
    person who may not know that a thing exists is told, so ids cannot be probed."""


class RunsExhausted(ServiceError):
    """A student used up the graded runs of an assignment's window (anti-oracle limit)."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UnknownFile(ServiceError):
    """A file sent for an exercise that has no such file (the web answers 404)."""


class GradingFailed(ServiceError):
    """The platform could not grade (a fault of ours or of the machine, never the learner's)."""


T = TypeVar("T")


def _translated(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except StoreError as exc:
            raise StorageError(str(exc)) from exc

    return wrapper


def translate_store_errors(cls: type[T]) -> type[T]:
    """Wrap every public method of a service so a store failure becomes a StorageError."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and callable(member):
            setattr(cls, name, _translated(member))
    return cls
