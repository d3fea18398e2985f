"""Grade export: the Canvas, Moodle and JSON layouts held byte for byte by golden files.

`PYASCENT_REGEN_GOLDEN=1 pytest tests/unit/test_grade_export.py` rewrites the goldens from
the code; the default compares, so a change to a layout shows up as a diff to review.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pyascent.services.grade_export import (
    GradeSheet,
    StudentGrade,
    canvas_csv,
    grades_json,
    moodle_csv,
    neutralised,
    score,
    sorted_students,
    split_name,
)

GOLDEN = Path(__file__).parent.parent / "golden" / "classroom"
EXERCISES = ("hello", "loops", "dicts", "classes")


def golden(name: str, actual: str) -> None:
    """Compare `actual` with the golden file's bytes, or rewrite it when asked to."""
    path = GOLDEN / name
    data = actual.encode("utf-8")
    if os.environ.get("PYASCENT_REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"{path} is missing: run with PYASCENT_REGEN_GOLDEN=1 to write it"
    assert data == path.read_bytes(), f"{name} differs from its golden file"


def student(
    username: str,
    name: str,
    credits: tuple[float, ...],
    bases: tuple[str, ...],
    *,
    email: str | None = None,
    ref: str | None = None,
    percent: float | None = None,
) -> StudentGrade:
    mean = sum(credits) / len(credits) * 100
    return StudentGrade(
        username=username,
        display_name=name,
        email=email,
        student_ref=ref,
        credits=dict(zip(EXERCISES, credits, strict=True)),
        bases=dict(zip(EXERCISES, bases, strict=True)),
        percent=mean if percent is None else percent,
    )


def sheet() -> GradeSheet:
    """Five students: a comma, non-ASCII, a formula, an override, no email (or SIS id)."""
    students = (
        student(
            "zoe",
            "Zoë Ångström",
            (1.0, 1.0, 0.0, 0.0),
            ("on-time", "late", "too-late", "none"),
            email="zoe@example.org",
            ref="S-1002",
            percent=200 / 3,
        ),
        student(
            "ada",
            "Lovelace, Ada",
            (1.0, 1.0, 0.5, 1.0),
            ("on-time", "on-time", "late", "on-time"),
            email="ada@example.org",
            ref="S-1001",
        ),
        student(
            "mallory",
            "=cmd|' /C calc'!A0",
            (0.0, 0.0, 0.0, 0.0),
            ("none", "none", "none", "none"),
            email="mallory@example.org",
            ref="+S-1003",
        ),
        student(
            "grace",
            "Grace Hopper",
            (1.0, 1.0, 1.0, 1.0),
            ("on-time", "override", "on-time", "on-time"),
            email="grace@example.org",
            ref="S-1004",
        ),
        student("linus", "Linus", (1.0, 0.5, 0.5, 0.0), ("on-time", "late", "late", "none")),
    )
    return GradeSheet(
        course="pyascent",
        cohort="Spring 2025 - Group A",
        assignment_id=7,
        assignment="Week 3: loops, dicts",
        exercises=EXERCISES,
        points=40.0,
        students=students,
        exported_at=datetime(2025, 3, 14, 17, 30, tzinfo=UTC),
    )


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_canvas_golden() -> None:
    golden("canvas.csv", canvas_csv(sheet()))


def test_moodle_golden() -> None:
    golden("moodle.csv", moodle_csv(sheet()))


def test_json_golden() -> None:
    text = json.dumps(grades_json(sheet()), indent=2, ensure_ascii=False) + "\n"
    golden("grades.json", text)


def test_canvas_reads_back_with_the_score_arithmetic() -> None:
    the_sheet = sheet()
    header, points, *body = rows(canvas_csv(the_sheet))
    assert header == [
        "Student",
        "ID",
        "SIS User ID",
        "SIS Login ID",
        "Section",
        "Week 3: loops, dicts (7)",
    ]
    assert points == ["Points Possible", "", "", "", "", "40"]
    by_login = {row[3]: row for row in body}
    assert len(by_login) == 5
    for grade in the_sheet.students:
        row = by_login[grade.username]
        assert row[1] == ""  # no Canvas id: a guessed one would grade someone else
        assert row[4] == the_sheet.cohort
        assert float(row[5]) == pytest.approx(grade.percent / 100 * 40, abs=0.005)
        assert len(row[5].partition(".")[2]) <= 2
    assert by_login["ada"][5] == "35"
    assert by_login["zoe"][5] == "26.67"
    assert by_login["linus"][5] == "20"
    assert by_login["mallory"][5] == "0"
    assert by_login["linus"][2] == ""  # no SIS id


def test_moodle_reads_back_with_names_split_and_blank_email() -> None:
    header, *body = rows(moodle_csv(sheet()))
    assert header == [
        "First name",
        "Surname",
        "ID number",
        "Username",
        "Email address",
        "Week 3: loops, dicts",
    ]
    by_username = {row[3]: row for row in body}
    assert by_username["ada"][:2] == ["Ada", "Lovelace"]
    assert by_username["zoe"][:2] == ["Zoë", "Ångström"]
    assert by_username["linus"][:2] == ["Linus", ""]
    assert by_username["linus"][4] == ""
    assert by_username["grace"][5] == "40"


def test_formula_cells_are_neutralised_and_numbers_are_not() -> None:
    for text in (canvas_csv(sheet()), moodle_csv(sheet())):
        cells = [cell for row in rows(text) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert any(c.startswith("'=cmd") for c in cells)
        assert "'+S-1003" in cells
    assert rows(canvas_csv(sheet()))[2][0] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_formula_start_gets_a_quote(start: str) -> None:
    assert neutralised(start + "SUM(A1:A9)") == "'" + start + "SUM(A1:A9)"


@pytest.mark.parametrize("cell", ["Ada", "", " =1", "'=1", "a=b", "Ω"])
def test_other_cells_are_left_alone(cell: str) -> None:
    assert neutralised(cell) == cell


def test_assignment_title_is_neutralised_in_both_headers() -> None:
    evil = replace(sheet(), assignment="@SUM(1)")
    assert rows(canvas_csv(evil))[0][5] == "'@SUM(1) (7)"
    assert rows(moodle_csv(evil))[0][5] == "'@SUM(1)"


def test_csv_is_crlf_and_utf8() -> None:
    text = canvas_csv(sheet())
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 7  # header, points, five students
    assert "\n" not in text.replace("\r\n", "")
    assert "Zoë Ångström".encode() in text.encode("utf-8")
    assert '"Lovelace, Ada"' in text  # the comma is quoted, RFC 4180


def test_students_are_in_a_stable_order_whatever_the_input_order() -> None:
    the_sheet = sheet()
    backwards = replace(the_sheet, students=tuple(reversed(the_sheet.students)))
    assert canvas_csv(backwards) == canvas_csv(the_sheet)
    names = [s.display_name for s in sorted_students(the_sheet.students)]
    assert names == ["=cmd|' /C calc'!A0", "Grace Hopper", "Linus", "Lovelace, Ada", "Zoë Ångström"]


def test_same_name_is_ordered_by_username() -> None:
    a, b = sheet().students[4], replace(sheet().students[4], username="alinus")
    assert [s.username for s in sorted_students([a, b])] == ["alinus", "linus"]


def test_score_rounds_half_up_in_decimal() -> None:
    # As floats, 1.005 * 100 is 100.49999..., which round() takes down to 100.49 and beyond.
    grade = replace(sheet().students[4], percent=1.005)
    assert score(grade, 100) == Decimal("1.01")
    assert score(replace(grade, percent=33.335), 100) == Decimal("33.34")
    assert score(replace(grade, percent=12.5), 3) == Decimal("0.38")


def test_json_shape_and_order() -> None:
    data = grades_json(sheet())
    assert list(data) == [
        "schema_version",
        "course",
        "cohort",
        "assignment",
        "exported_at",
        "students",
    ]
    assert data["schema_version"] == 1
    assert data["assignment"] == {
        "id": 7,
        "title": "Week 3: loops, dicts",
        "points": 40.0,
        "exercises": list(EXERCISES),
    }
    assert data["exported_at"] == "2025-03-14T17:30:00+00:00"
    first = data["students"][0]
    assert list(first) == [
        "username",
        "name",
        "email",
        "student_ref",
        "percent",
        "score",
        "exercises",
    ]
    assert first["name"] == "=cmd|' /C calc'!A0"  # JSON is for programs: not escaped
    grace = next(s for s in data["students"] if s["username"] == "grace")
    assert grace["exercises"]["loops"] == {"credit": 1.0, "basis": "override"}
    assert list(grace["exercises"]) == list(EXERCISES)
    assert json.loads(json.dumps(data)) == data


def test_json_fills_missing_exercises_as_not_attempted() -> None:
    partial = replace(sheet().students[0], credits={"hello": 1.0}, bases={"hello": "on-time"})
    data = grades_json(replace(sheet(), students=(partial,)))
    assert data["students"][0]["exercises"]["classes"] == {"credit": 0.0, "basis": "none"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ada Lovelace", ("Ada", "Lovelace")),
        ("Mary Ann  Smith", ("Mary Ann", "Smith")),
        ("Lovelace, Ada", ("Ada", "Lovelace")),
        ("Linus", ("Linus", "")),
        ("Ng,", ("Ng,", "")),
        ("", ("", "")),
    ],
)
def test_split_name(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


def test_out_of_range_values_are_refused() -> None:
    base = sheet().students[0]
    with pytest.raises(ValueError, match="percent"):
        replace(base, percent=100.5)
    with pytest.raises(ValueError, match="credit"):
        replace(base, credits={"hello": 1.5})
    with pytest.raises(ValueError, match="basis"):
        replace(base, bases={"hello": "early"})
    with pytest.raises(ValueError, match="timezone"):
        replace(sheet(), exported_at=datetime(2025, 3, 14, 17, 30))
    with pytest.raises(ValueError, match="points"):
        replace(sheet(), points=0)
