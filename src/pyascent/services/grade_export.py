"""An assignment's grades in the layouts a school's gradebook imports: Canvas CSV, Moodle CSV,
and JSON for anything else. Pure: a `GradeSheet` in, text or a dict out, no database and no
files, so each format is held byte for byte by golden files.

Every format lists the students in one order (display name, case-folded, then username), so
two exports of the same grades are the same bytes and a diff shows only what changed.

CSV is RFC 4180 as the `csv` module writes it: fields quoted when they need it, "\\r\\n" at
the end of each row, no byte-order mark (both importers read plain UTF-8; the caller encodes).
A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
single quote (OWASP's advice on CSV injection), so a student named "=HYPERLINK(...)" is not a
formula when a teacher opens the file in a spreadsheet. Numbers are never prefixed: they are
written by us, not typed by a student, and a quote would stop the gradebook reading them.
Identifiers are text too: usernames (the account rule) cannot start with them and emails rarely
do, but an SIS id such as "+S-1" is written "'+S-1" and a gradebook cannot match by it; match
such students by username instead.

A score is `percent / 100 * points`, rounded half up to 2 decimals in decimal arithmetic (a
float round would turn 2.675 into 2.67), and written without trailing zeros ("87.5", "100").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

BASES = frozenset({"on-time", "late", "too-late", "none", "override"})
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class StudentGrade:
    """One student's result on one assignment, as scoring computed it.

    `credits` holds each exercise's credit (0..1) and `bases` why it was given; an exercise
    missing from them is exported as credit 0 with basis "none" (not attempted).
    """

    username: str
    display_name: str
    email: str | None
    student_ref: str | None  # the student's id in the school's SIS
    credits: Mapping[str, float]
    bases: Mapping[str, str]
    percent: float  # 0..100, the assignment total

    def __post_init__(self) -> None:
        # A value out of range would be exported as a grade nobody gave: refuse it here.
        if not 0.0 <= self.percent <= 100.0:
            raise ValueError(f"{self.username}: percent {self.percent} is not within 0..100.")
        for exercise, credit in self.credits.items():
            if not 0.0 <= credit <= 1.0:
                raise ValueError(f"{self.username}: credit {credit} for {exercise} is not 0..1.")
        for exercise, basis in self.bases.items():
            if basis not in BASES:
                raise ValueError(f"{self.username}: basis {basis!r} for {exercise} is unknown.")


@dataclass(frozen=True)
class GradeSheet:
    """Everything an export says about one assignment of one cohort."""

    course: str
    cohort: str
    assignment_id: int
    assignment: str  # the title
    exercises: tuple[str, ...]
    points: float  # points possible in the gradebook, e.g. 100
    students: tuple[StudentGrade, ...]
    exported_at: datetime

    def __post_init__(self) -> None:
        if self.points <= 0:
            raise ValueError(f"points possible must be above 0, not {self.points}.")
        # A naive time means a different moment in each reader's zone.
        if self.exported_at.utcoffset() is None:
            raise ValueError("exported_at must be timezone-aware.")


def canvas_csv(sheet: GradeSheet) -> str:
    """The Canvas gradebook import layout (Grades > Import), one assignment column.

    Canvas reads the header "Student", "ID", "SIS User ID", "SIS Login ID", "Section" (the
    last student column must be named Section), then one column per assignment named
    "Title (id)". A row whose first cell contains "Points Possible" sets each assignment's
    points. Canvas finds a student by ID (its own user id), then SIS User ID, then SIS Login
    ID, then by name. Our choices:

    - Student: the display name as given. Canvas writes its "sortable name" (Last, First)
      here, but the name is only the last resort for matching and we do not know how the
      school sorts names.
    - ID: blank. We do not know Canvas's user ids; a wrong one would grade someone else.
    - SIS User ID: `student_ref`; SIS Login ID: the username; Section: the cohort name.
    - The assignment column is "<title> (<assignment_id>)", with our id. Canvas looks the id
      up among the course's assignments and, when none has it, creates a new assignment
      with the title. Its ids are large and instance-wide, so ours rarely collide; check
      the preview Canvas shows before applying an import into a course with few assignments.
    - The score is points, not a percentage: `percent / 100 * points`, 2 decimals.
    """
    title = neutralised(f"{sheet.assignment} ({sheet.assignment_id})")
    rows = [
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", title],
        ["Points Possible", "", "", "", "", _number(sheet.points)],
    ]
    for student in sorted_students(sheet.students):
        text = [student.display_name, "", student.student_ref or "", student.username]
        rows.append(
            [*map(neutralised, [*text, sheet.cohort]), _number(score(student, sheet.points))]
        )
    return _csv(rows)


def moodle_csv(sheet: GradeSheet) -> str:
    """The Moodle grade import layout (Grades > Import > CSV file).

    Moodle's importer maps columns by choice, not position: the teacher picks one column to
    identify users ("Map from"), matched against a user field ("Map to": email address,
    username or ID number), and which column feeds which grade item. We write every
    identifier so any of the three works: "First name", "Surname", "ID number" (the SIS id),
    "Username", "Email address", then "<title>" with the grade out of the points, which is
    how Moodle reads a grade for an item whose maximum is those points.

    Email address is the suggested identifier. A student without one has a blank cell there;
    Moodle reports that row as unmatched, so map by Username when some emails are missing.
    The display name is split for the name columns (`split_name`); Moodle does not match on
    them, so an odd split costs nothing but looks.
    """
    header = ["First name", "Surname", "ID number", "Username", "Email address"]
    rows = [[*header, neutralised(sheet.assignment)]]
    for student in sorted_students(sheet.students):
        first, last = split_name(student.display_name)
        text = [first, last, student.student_ref or "", student.username, student.email or ""]
        rows.append([*map(neutralised, text), _number(score(student, sheet.points))])
    return _csv(rows)


def grades_json(sheet: GradeSheet) -> dict[str, Any]:
    """The whole sheet as a JSON-ready dict, keys in a fixed order (schema_version 1).

    Unlike the CSVs it keeps each exercise's credit and basis, so another tool can audit a
    grade. Values are not escaped for spreadsheets: JSON is read by programs. `exported_at`
    is ISO 8601 with its offset; `score` is rounded as in the CSVs, `percent` is as given.
    """
    return {
        "schema_version": 1,
        "course": sheet.course,
        "cohort": sheet.cohort,
        "assignment": {
            "id": sheet.assignment_id,
            "title": sheet.assignment,
            "points": sheet.points,
            "exercises": list(sheet.exercises),
        },
        "exported_at": sheet.exported_at.isoformat(),
        "students": [
            {
                "username": student.username,
                "name": student.display_name,
                "email": student.email,
                "student_ref": student.student_ref,
                "percent": student.percent,
                "score": float(score(student, sheet.points)),
                "exercises": {
                    exercise: {
                        "credit": float(student.credits.get(exercise, 0.0)),
                        "basis": student.bases.get(exercise, "none"),
                    }
                    for exercise in sheet.exercises
                },
            }
            for student in sorted_students(sheet.students)
        ],
    }


def sorted_students(students: Iterable[StudentGrade]) -> list[StudentGrade]:
    """Display name (case-folded, then as written), then username: stable and human."""
    return sorted(students, key=lambda s: (s.display_name.casefold(), s.display_name, s.username))


def score(student: StudentGrade, points: float) -> Decimal:
    """`percent / 100 * points`, rounded half up to 2 decimals, computed in decimal."""
    exact = Decimal(repr(student.percent)) * Decimal(repr(points)) / 100
    return exact.quantize(_CENT, rounding=ROUND_HALF_UP)


def split_name(display_name: str) -> tuple[str, str]:
    """First and last name for Moodle's two columns.

    "Last, First" (one comma, the sortable form Canvas and many SIS exports use) splits at
    the comma; otherwise at the last space ("Mary Ann Smith" -> "Mary Ann", "Smith"). One
    word is all first name, with an empty surname.
    """
    name = " ".join(display_name.split())
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last:
            return first, last
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (last, "")


def neutralised(cell: str) -> str:
    """The cell with a leading quote when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _number(value: float | Decimal) -> str:
    text = format(Decimal(repr(value)) if isinstance(value, float) else value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _csv(rows: Iterable[list[str]]) -> str:
    """Rows as CSV text; text cells are neutralised by the caller, numbers are not."""
    out = io.StringIO()
    csv.writer(out).writerows(rows)  # excel dialect: minimal quoting, "\r\n" line ends
    return out.getvalue()
