"""The files instructors move in and out: a roster CSV, an extensions CSV, the grade export.

Why a roster import reads the whole file before changing anything: a file with a mistake on
line 250 must not leave 249 students imported and the rest not; and importing the same file
twice must change nothing (`add_account` leaves a member with the same role alone).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pyascent.services.class_access import Permission
from pyascent.services.class_csv import CsvProblems, parse_extensions, parse_roster
from pyascent.services.classroom import Classroom
from pyascent.services.errors import ServiceError
from pyascent.services.grade_export import (
    GradeSheet,
    StudentGrade,
    canvas_csv,
    grades_json,
    moodle_csv,
)

FORMATS = ("canvas", "moodle", "json")


@dataclass(frozen=True)
class RosterReport:
    rows: int
    changed: int
    unchanged: int
    new_accounts: tuple[tuple[str, str], ...]  # (username, temporary password), shown once


@dataclass(frozen=True)
class Export:
    content: str
    media_type: str
    filename: str


def import_roster(classroom: Classroom, cohort_id: int, text: str, source: str) -> RosterReport:
    classroom.cohort(cohort_id, Permission.MANAGE_STUDENTS)
    try:
        entries = parse_roster(text, source)
    except CsvProblems as exc:
        raise ServiceError(str(exc)) from exc
    staff = {
        m.username: m.role
        for m in classroom.server.cohorts.members(cohort_id)
        if m.role not in ("student", "ta")
    }
    clash = [f"line {e.line}: '{e.username}' is {staff[e.username]}" for e in entries
             if e.username in staff]  # fmt: skip
    if clash:
        raise ServiceError(
            f"{source}: the roster names staff of this cohort, whose roles are changed by hand "
            f"only ({'; '.join(clash[:5])}). Nothing was imported."
        )
    changed = 0
    made: list[tuple[str, str]] = []
    for entry in entries:
        was_changed, temporary = classroom.add_account(
            cohort_id,
            entry.username,
            display_name=entry.display_name,
            email=entry.email,
            role=entry.role,
            student_ref=entry.student_ref,
        )
        changed += was_changed
        if temporary is not None:
            made.append((entry.username, temporary))
    if changed:
        classroom._recompute_cohort(cohort_id)
        classroom._audit(cohort_id, "roster.import", source, rows=len(entries), changed=changed)
    return RosterReport(len(entries), changed, len(entries) - changed, tuple(made))


def import_extensions(classroom: Classroom, assignment_id: int, text: str, source: str) -> int:
    """Grant every extension of the file (all checked before the first is granted)."""
    assignment = classroom.assignment(assignment_id, Permission.EXTEND)
    try:
        entries = parse_extensions(text, source)
    except CsvProblems as exc:
        raise ServiceError(str(exc)) from exc
    for entry in entries:  # every name is known before anything changes
        classroom._student(assignment.cohort_id, entry.username)
    for entry in entries:
        classroom.extend(
            assignment_id, entry.username, entry.due_at, entry.late_until, entry.reason or ""
        )
    return len(entries)


def grade_sheet(classroom: Classroom, assignment_id: int) -> GradeSheet:
    table = classroom.grades(assignment_id)
    students = tuple(
        StudentGrade(
            username=score.member.username,
            display_name=score.member.display_name,
            email=score.member.email,
            student_ref=score.member.student_ref,
            credits={name: credit.credit for name, credit in score.credits.items()},
            bases={name: credit.basis for name, credit in score.credits.items()},
            percent=score.percent,
        )
        for score in table.students
    )
    return GradeSheet(
        course=classroom.server.course.title,
        cohort=table.cohort.name,
        assignment_id=table.assignment.id,
        assignment=table.assignment.title,
        exercises=table.assignment.exercises,
        points=100.0,
        students=students,
        exported_at=classroom.clock(),
    )


def export_grades(classroom: Classroom, assignment_id: int, fmt: str) -> Export:
    """The grades of an assignment in one of FORMATS; each export is in the audit log."""
    if fmt not in FORMATS:
        raise ServiceError(f"'{fmt}' is not an export format; use {', '.join(FORMATS)}.")
    assignment = classroom.assignment(assignment_id, Permission.EXPORT)
    sheet = grade_sheet(classroom, assignment_id)
    stem = f"{_slug(sheet.cohort)}-{_slug(sheet.assignment)}-{fmt}"
    classroom._audit(assignment.cohort_id, "grades.export", assignment.title, format=fmt,
                     students=len(sheet.students))  # fmt: skip
    if fmt == "json":
        return Export(
            json.dumps(grades_json(sheet), indent=2) + "\n", "application/json", f"{stem}.json"
        )
    content = canvas_csv(sheet) if fmt == "canvas" else moodle_csv(sheet)
    return Export(content, "text/csv; charset=utf-8", f"{stem}.csv")


def _slug(text: str) -> str:
    kept = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in kept.split("-") if part)[:40] or "grades"
