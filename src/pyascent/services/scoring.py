"""An assignment's score from the stored attempts: pure, so it can be recomputed from
scratch at any time and compared with what is stored (the property tests do).

The rule, per exercise: a passing run counts from the release on; passed by the due date
(the student's extension's, when there is one) earns full credit, passed after it but by the
end of the late window earns the late credit, later than that nothing. The best credit wins
(the earliest run among equals). A hand-set score (an override) replaces the computed one.
The total is the mean of the exercises' credits, as a percentage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

ON_TIME = "on-time"
LATE = "late"
TOO_LATE = "too-late"
NONE = "none"
OVERRIDE = "override"


class Dated(Protocol):
    @property
    def release_at(self) -> datetime: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def late_until(self) -> datetime | None: ...
    @property
    def late_credit(self) -> float: ...


class Extended(Protocol):
    @property
    def due_at(self) -> datetime: ...
    @property
    def late_until(self) -> datetime | None: ...


@dataclass(frozen=True)
class Window:
    release_at: datetime
    due_at: datetime
    late_until: datetime | None
    late_credit: float


@dataclass(frozen=True)
class Credit:
    credit: float
    basis: str
    passed_at: datetime | None


def window_of(assignment: Dated, extension: Extended | None = None) -> Window:
    """The dates that hold for one student: an extension moves the due date and the end of
    the late window (a late window as long as the assignment's when it gives none)."""
    if extension is None:
        return Window(
            assignment.release_at, assignment.due_at, assignment.late_until, assignment.late_credit
        )
    late_until = extension.late_until
    if late_until is None and assignment.late_until is not None:
        late_until = extension.due_at + (assignment.late_until - assignment.due_at)
    return Window(assignment.release_at, extension.due_at, late_until, assignment.late_credit)


def credit_of(window: Window, runs: Iterable[tuple[datetime, str]]) -> Credit:
    """The credit an exercise's runs (when, status) earn in this window."""
    best = Credit(0.0, NONE, None)
    for stamp, status in sorted(runs):
        if status != "passed" or stamp < window.release_at:
            continue
        if stamp <= window.due_at:
            found = Credit(1.0, ON_TIME, stamp)
        elif window.late_until is not None and stamp <= window.late_until:
            found = Credit(window.late_credit, LATE, stamp)
        else:
            found = Credit(0.0, TOO_LATE, stamp)
        if found.credit > best.credit or best.basis == NONE:
            best = found
    return best


def scores_of(
    window: Window,
    exercises: Iterable[str],
    runs: Mapping[str, Iterable[tuple[datetime, str]]],
    overrides: Mapping[str, float],
) -> dict[str, Credit]:
    """One student's credit for every exercise of an assignment."""
    found: dict[str, Credit] = {}
    for exercise in exercises:
        if exercise in overrides:
            found[exercise] = Credit(overrides[exercise], OVERRIDE, None)
        else:
            found[exercise] = credit_of(window, runs.get(exercise, ()))
    return found


def percent_of(credits: Mapping[str, float], exercises: Iterable[str]) -> float:
    names = list(exercises)
    if not names:
        return 0.0
    return round(100.0 * sum(credits.get(name, 0.0) for name in names) / len(names), 4)
