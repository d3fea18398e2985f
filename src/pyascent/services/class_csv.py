"""The two CSV files a teacher uploads in classroom mode: a roster and bulk extensions.

Pure parsing, no database: text in, frozen entries out, or one `CsvProblems` listing every
problem in the file. The import is all or nothing: a file with a bad row imports nothing,
because half a roster is harder to repair than a file refused whole; listing every problem at
once lets the teacher fix the file in one pass instead of one upload per mistake.

Each problem names the file, the line (1-based, as an editor counts lines, so a quoted cell
that spans two lines moves the count on) and the column, and says what to change.

Shared rules: a header row is required; its names are matched without case, surrounding
spaces, or the difference between "_" and " ", and each column has a few accepted aliases. A
UTF-8 byte-order mark (what Excel writes) is dropped. Blank lines are skipped. Cells are
trimmed. Usernames follow the account rule (1-64 of a-z 0-9 . _ @ -, starting with a letter
or digit) and are lowercased: accounts are found without case, so "Bob" and "bob" are one
student and a file naming both is refused as a duplicate.

A roster ignores columns it does not know, since rosters come from SIS exports that carry many
(section, phone...). An extensions file refuses them: it is written for us by hand, and a
misspelled "late_until" silently dropped would change a student's grade.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

MAX_LISTED = 20  # problems spelled out in the message; `.problems` holds them all
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")  # the rule accounts.py applies
EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
IMPORTABLE_ROLES = ("student", "ta")
STAFF_ROLES = ("instructor", "owner")
MAX_NAME = 200
MAX_REF = 64
MAX_REASON = 500

ROSTER_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "username": ("username", "login", "user"),
    "name": ("name", "display name", "full name"),
    "email": ("email", "e-mail"),
    "student_id": ("student id", "sis id", "id number"),
    "role": ("role",),
}
EXTENSION_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "username": ("username", "login", "user"),
    "due": ("due", "due at", "due date"),
    "late_until": ("late until", "late"),
    "reason": ("reason", "note"),
}


class CsvProblem(ValueError):
    """One thing wrong in an uploaded file, where it is, and what to do about it."""

    def __init__(self, source: str, line: int, field: str | None, message: str) -> None:
        self.source = source
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}, line {self.line}"
        return (
            f"{where}, field '{self.field}': {self.message}"
            if self.field
            else f"{where}: {self.message}"
        )


class CsvProblems(ValueError):
    """Every problem found in one file, in line order; the message lists the first
    `MAX_LISTED`, `.problems` all of them."""

    def __init__(self, source: str, problems: list[CsvProblem]) -> None:
        self.source = source
        self.problems = sorted(problems, key=lambda problem: problem.line)
        count = len(problems)
        lines = [f"{source}: {count} problem{'s' if count != 1 else ''}, nothing was imported."]
        lines += [f"  {problem}" for problem in self.problems[:MAX_LISTED]]
        if count > MAX_LISTED:
            lines.append(f"  ... and {count - MAX_LISTED} more.")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class RosterEntry:
    username: str  # lowercased
    display_name: str  # the username when the file gives none
    email: str | None
    student_ref: str | None  # the SIS id
    role: str  # "student" or "ta"
    line: int


@dataclass(frozen=True)
class ExtensionEntry:
    username: str  # lowercased
    due_at: datetime  # aware
    late_until: datetime | None  # aware, after due_at
    reason: str | None
    line: int


@dataclass
class _Reader:
    """The rows of one file as {column: cell}, and the problems found on the way."""

    source: str
    problems: list[CsvProblem]

    def problem(self, line: int, field: str | None, message: str) -> None:
        self.problems.append(CsvProblem(self.source, line, field, message))

    def rows(
        self,
        text: str,
        columns: Mapping[str, tuple[str, ...]],
        *,
        required: tuple[str, ...],
        refuse_unknown: bool,
    ) -> list[tuple[int, dict[str, str]]]:
        records = self._records(text.removeprefix("\ufeff"))
        if records is None:
            return []
        if not records:
            self.problem(1, None, "the file is empty; its first line must be a header row.")
            return []
        header_line, header = records[0]
        index = self._header(
            header_line, header, columns, required=required, refuse_unknown=refuse_unknown
        )
        if index is None:
            return []
        out: list[tuple[int, dict[str, str]]] = []
        for line, cells in records[1:]:
            if any(cell.strip() for cell in cells[len(header) :]):
                self.problem(
                    line,
                    None,
                    f"this row has {len(cells)} cells but the header names {len(header)} "
                    "columns; quote a cell that contains a comma.",
                )
                continue
            out.append((line, {name: _cell(cells, i) for name, i in index.items()}))
        return out

    def _records(self, text: str) -> list[tuple[int, list[str]]] | None:
        """Non-blank records with the physical line each starts on; None if unreadable."""
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        records: list[tuple[int, list[str]]] = []
        start = 1
        try:
            for cells in reader:
                if any(cell.strip() for cell in cells):
                    records.append((start, cells))
                start = reader.line_num + 1
        except csv.Error as error:
            self.problem(start, None, f"this is not readable CSV ({error}); check the quotes.")
            return None
        return records

    def _header(
        self,
        line: int,
        header: list[str],
        columns: Mapping[str, tuple[str, ...]],
        *,
        required: tuple[str, ...],
        refuse_unknown: bool,
    ) -> dict[str, int] | None:
        """Column name -> position; None (with problems noted) when rows cannot be read."""
        by_alias = {alias: name for name, aliases in columns.items() for alias in aliases}
        index: dict[str, int] = {}
        before = len(self.problems)
        for i, raw in enumerate(header):
            key = " ".join(raw.replace("_", " ").split()).casefold()
            name = by_alias.get(key)
            if name is None:
                if refuse_unknown:
                    known = ", ".join(columns)
                    self.problem(line, raw, f"unknown column; the columns are {known}.")
            elif name in index:
                self.problem(line, raw, f"a second {name} column; keep one.")
            else:
                index[name] = i
        for name in required:
            if name not in index:
                aliases = " or ".join(columns[name])
                self.problem(
                    line,
                    name,
                    f"the header has no {name} column (name it {aliases}); "
                    "is the first line the header?",
                )
        return index if len(self.problems) == before else None


def parse_roster(text: str, source: str = "roster.csv") -> list[RosterEntry]:
    """A roster's students and TAs, in file order; raises `CsvProblems` if anything is wrong.

    Columns: username (required), name (defaults to the username), email, student_id (the
    SIS id), role ("student", the default, or "ta"). Instructors and owners are refused: a
    roster is uploaded with the right to manage students, and must not make staff.
    """
    reader = _Reader(source, [])
    entries: list[RosterEntry] = []
    seen: dict[str, int] = {}
    for line, row in reader.rows(
        text, ROSTER_COLUMNS, required=("username",), refuse_unknown=False
    ):
        before = len(reader.problems)
        username = _username(reader, line, row, seen)
        name = row.get("name") or username
        if len(name) > MAX_NAME:
            reader.problem(
                line, "name", f"the name is {len(name)} characters; keep it to {MAX_NAME}."
            )
        email = row.get("email") or None
        if email is not None and (len(email) > 254 or not EMAIL.match(email)):
            reader.problem(line, "email", f"{_shown(email)} is not an email address.")
        ref = row.get("student_id") or None
        if ref is not None and len(ref) > MAX_REF:
            reader.problem(line, "student_id", f"the SIS id is over {MAX_REF} characters.")
        role = _role(reader, line, row.get("role", ""))
        if len(reader.problems) == before:
            entries.append(RosterEntry(username, name, email, ref, role, line))
    if reader.problems:
        raise CsvProblems(source, reader.problems)
    return entries


def parse_extensions(
    text: str, source: str = "extensions.csv", *, tz: tzinfo = UTC
) -> list[ExtensionEntry]:
    """Per-student due dates, in file order; raises `CsvProblems` if anything is wrong.

    Columns: username, due (required), late_until, reason. A time is ISO 8601: a bare date
    ("2025-03-14") means 23:59 that day in `tz`, a time without an offset is in `tz`, one
    with an offset ("...T17:00+01:00", "...Z") is kept as written. late_until must be after
    due. One student per file: two rows for one username would leave which one wins to
    chance, so the second is refused. Whether each username is in the cohort is the caller's
    check; this module knows no database.
    """
    reader = _Reader(source, [])
    entries: list[ExtensionEntry] = []
    seen: dict[str, int] = {}
    for line, row in reader.rows(
        text, EXTENSION_COLUMNS, required=("username", "due"), refuse_unknown=True
    ):
        before = len(reader.problems)
        username = _username(reader, line, row, seen)
        due = _when(reader, line, "due", row.get("due", ""), tz)
        if due is None and not row.get("due"):
            reader.problem(line, "due", "the due time is empty; every row needs one.")
        late = _when(reader, line, "late_until", row.get("late_until", ""), tz)
        if due is not None and late is not None and late <= due:
            reader.problem(
                line,
                "late_until",
                f"{late.isoformat()} is not after the due time {due.isoformat()}; "
                "the late window ends after the due time, or leave it empty.",
            )
        reason = row.get("reason") or None
        if reason is not None and len(reason) > MAX_REASON:
            reader.problem(line, "reason", f"the reason is over {MAX_REASON} characters.")
        if len(reader.problems) == before and due is not None:
            entries.append(ExtensionEntry(username, due, late, reason, line))
    if reader.problems:
        raise CsvProblems(source, reader.problems)
    return entries


def _shown(value: str) -> str:
    """A cell quoted for a message: control characters escaped, long values cut."""
    cut = value if len(value) <= 60 else value[:57] + "..."
    return f"'{cut}'" if cut.isprintable() else repr(cut)


def _cell(cells: list[str], i: int) -> str:
    return cells[i].strip() if i < len(cells) else ""


def _username(reader: _Reader, line: int, row: dict[str, str], seen: dict[str, int]) -> str:
    raw = row.get("username", "")
    username = raw.lower()
    if not raw:
        reader.problem(line, "username", "the username is empty; every row needs one.")
    elif not USERNAME.match(username):
        reader.problem(
            line,
            "username",
            f"{_shown(raw)} is not a username: use 1-64 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit.",
        )
    elif username in seen:
        reader.problem(
            line, "username", f"{_shown(raw)} is already on line {seen[username]}; list each once."
        )
    else:
        seen[username] = line
    return username


def _role(reader: _Reader, line: int, raw: str) -> str:
    role = raw.lower() or "student"
    if role in STAFF_ROLES:
        reader.problem(
            line,
            "role",
            f"{_shown(raw)} cannot be given by a roster, which adds students and TAs only; "
            "add staff from the cohort's staff page.",
        )
    elif role not in IMPORTABLE_ROLES:
        reader.problem(
            line, "role", f"{_shown(raw)} is not a role: use student or ta, or leave it empty."
        )
    return role


def _when(reader: _Reader, line: int, field: str, raw: str, tz: tzinfo) -> datetime | None:
    """An ISO 8601 date or date-time as an aware datetime; None if empty or (noted) bad."""
    if not raw:
        return None
    parsers: tuple[Callable[[str], datetime], ...] = (
        lambda s: datetime.combine(date.fromisoformat(s), time(23, 59), tz),
        datetime.fromisoformat,
    )
    for parse in parsers:
        try:
            when = parse(raw)
        except ValueError:
            continue
        return when if when.utcoffset() is not None else when.replace(tzinfo=tz)
    reader.problem(
        line,
        field,
        f"{_shown(raw)} is not an ISO 8601 date or time; write 2025-03-14 or 2025-03-14T17:00.",
    )
    return None
