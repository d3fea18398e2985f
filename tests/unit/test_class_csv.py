"""Roster and extension CSV parsing: every problem named by file, line and field, all at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from pyascent.services.class_csv import (
    MAX_LISTED,
    CsvProblem,
    CsvProblems,
    ExtensionEntry,
    RosterEntry,
    parse_extensions,
    parse_roster,
)

PARIS = ZoneInfo("Europe/Paris")


def problems_of(text: str, *, extensions: bool = False) -> list[CsvProblem]:
    with pytest.raises(CsvProblems) as caught:
        if extensions:
            parse_extensions(text, tz=PARIS)
        else:
            parse_roster(text)
    return caught.value.problems


def where(problem: CsvProblem) -> tuple[str, int, str | None]:
    return problem.source, problem.line, problem.field


# -- roster ----------------------------------------------------------------------------


def test_a_generated_roster_of_300_parses() -> None:
    lines = ["username,name,email,student_id,role"]
    lines += [
        f"user{i:03},Student {i},user{i:03}@school.example,S{i:05},{'ta' if i % 50 == 0 else ''}"
        for i in range(300)
    ]
    entries = parse_roster("\r\n".join(lines) + "\r\n")
    assert len(entries) == 300
    assert entries[7] == RosterEntry(
        "user007", "Student 7", "user007@school.example", "S00007", "student", 9
    )
    assert sum(e.role == "ta" for e in entries) == 6


def test_aliases_case_spaces_and_underscores_in_the_header() -> None:
    text = " Login ,FULL NAME,E-Mail,SIS_ID,Role\nBob,Bob Smith,bob@x.org,42,TA\n"
    assert parse_roster(text) == [RosterEntry("bob", "Bob Smith", "bob@x.org", "42", "ta", 2)]
    for header in ("user,display name,email,id number", "username,name,e-mail,student_id"):
        [entry] = parse_roster(f"{header}\nann,Ann,ann@x.org,7\n")
        assert (entry.username, entry.display_name, entry.email, entry.student_ref) == (
            "ann",
            "Ann",
            "ann@x.org",
            "7",
        )


def test_defaults_and_trimming() -> None:
    [entry] = parse_roster("username,name,email,role\n  Carol  ,,,\n")
    assert entry == RosterEntry("carol", "carol", None, None, "student", 2)


def test_a_bom_blank_lines_and_unknown_columns() -> None:
    text = "\ufeffusername,section,name\n\n\nann,B2,Ann\n   ,  ,\nbob,B2,Bob\n"
    entries = parse_roster(text)
    assert [(e.username, e.line) for e in entries] == [("ann", 4), ("bob", 6)]


def test_quoted_newline_counts_physical_lines() -> None:
    text = 'username,name\nann,"Ann\nMarie"\nbob smith,Bob\n'
    [problem] = problems_of(text)
    assert where(problem) == ("roster.csv", 4, "username")


def test_every_kind_of_row_problem_names_file_line_and_field() -> None:
    text = (
        "username,name,email,student_id,role\n"
        ",No Name,,,\n"  # 2: empty username
        "bob smith,Bob,,,\n"  # 3: bad username
        f"{'a' * 65},Long,,,\n"  # 4: too long
        "dave,Dave,dave@,,\n"  # 5: bad email
        f"erin,{'E' * 201},,,\n"  # 6: long name
        f"finn,Finn,,{'9' * 65},\n"  # 7: long SIS id
        "gil,Gil,,,teacher\n"  # 8: unknown role
        "hal,Hal,,,Instructor\n"  # 9: staff role
        "ivy,Ivy,,,owner\n"  # 10: staff role
        "jo,Jo,,,,extra\n"  # 11: too many cells
    )
    found = [where(p) for p in problems_of(text)]
    assert found == [
        ("roster.csv", 2, "username"),
        ("roster.csv", 3, "username"),
        ("roster.csv", 4, "username"),
        ("roster.csv", 5, "email"),
        ("roster.csv", 6, "name"),
        ("roster.csv", 7, "student_id"),
        ("roster.csv", 8, "role"),
        ("roster.csv", 9, "role"),
        ("roster.csv", 10, "role"),
        ("roster.csv", 11, None),
    ]


def test_the_message_says_where_and_what() -> None:
    with pytest.raises(CsvProblems) as caught:
        parse_roster("username,email\n" + "\n" * 5 + "bob,bob@\n")  # blank lines 2-6
    assert str(caught.value.problems[0]) == (
        "roster.csv, line 7, field 'email': 'bob@' is not an email address."
    )
    assert "1 problem, nothing was imported" in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value.problems[0], ValueError)


def test_instructor_role_is_refused_with_the_way_out() -> None:
    [problem] = problems_of("username,role\nhal,instructor\n")
    assert "students and TAs only" in problem.message
    assert "staff page" in problem.message


def test_duplicates_ignore_case_and_point_at_the_first() -> None:
    [problem] = problems_of("username\nann\nbob\nANN\n")
    assert where(problem) == ("roster.csv", 4, "username")
    assert "line 2" in problem.message


def test_all_problems_are_listed_and_the_message_is_capped() -> None:
    text = "username,email\n" + "".join(f"u{i},nope\n" for i in range(30))
    with pytest.raises(CsvProblems) as caught:
        parse_roster(text, source="class-b.csv")
    assert len(caught.value.problems) == 30
    message = str(caught.value)
    assert message.startswith("class-b.csv: 30 problems, nothing was imported.")
    assert message.count("field 'email'") == MAX_LISTED
    assert message.endswith("... and 10 more.")


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("", None, "empty"),
        ("\ufeff\n\n", None, "empty"),
        ("name,email\nAnn,a@x.org\n", "username", "no username column"),
        ("username,login\nann,ann\n", "login", "second username column"),
        ('username\n"ann\n', None, "not readable CSV"),
        ('username,name\nann,"Ann"x\n', None, "not readable CSV"),
    ],
)
def test_file_and_header_problems(text: str, field: str | None, words: str) -> None:
    [problem] = problems_of(text)
    assert problem.field == field
    assert words in problem.message


def test_control_characters_are_shown_escaped() -> None:
    [problem] = problems_of("username\nbad\tname\n")
    assert "'bad\\tname'" in problem.message


# -- extensions ------------------------------------------------------------------------


def test_a_bare_date_is_23_59_that_day_in_the_zone() -> None:
    [entry] = parse_extensions("username,due\nann,2025-03-30\n", tz=PARIS)
    assert entry == ExtensionEntry(
        "ann", datetime(2025, 3, 30, 23, 59, tzinfo=PARIS), None, None, 2
    )
    assert entry.due_at.utcoffset() == timedelta(hours=2)  # summer time began that morning


def test_the_default_zone_is_utc() -> None:
    [entry] = parse_extensions("username,due\nann,2025-03-14\n")
    assert entry.due_at == datetime(2025, 3, 14, 23, 59, tzinfo=UTC)


def test_an_offset_is_kept_and_a_naive_time_is_in_the_zone() -> None:
    text = (
        "username,due,late_until,reason\n"
        "ann,2025-03-14T17:00+01:00,2025-03-16T09:30Z,illness\n"
        "bob,2025-03-14 17:00,2025-03-15,\n"
    )
    ann, bob = parse_extensions(text, tz=PARIS)
    assert ann.due_at == datetime(2025, 3, 14, 17, tzinfo=timezone(timedelta(hours=1)))
    assert ann.late_until == datetime(2025, 3, 16, 9, 30, tzinfo=UTC)
    assert ann.reason == "illness"
    assert bob.due_at == datetime(2025, 3, 14, 17, tzinfo=PARIS)
    assert bob.late_until == datetime(2025, 3, 15, 23, 59, tzinfo=PARIS)
    assert bob.reason is None
    assert all(e.due_at.utcoffset() is not None for e in (ann, bob))


def test_aliases_for_extension_columns() -> None:
    [entry] = parse_extensions("User,Due Date,Late Until,Note\nann,2025-03-14,2025-03-15,x\n")
    assert (entry.username, entry.reason) == ("ann", "x")


def test_late_until_must_be_after_due() -> None:
    text = "username,due,late_until\nann,2025-03-14T17:00,2025-03-14T17:00\nbob,2025-03-14,2025-03-14T12:00\n"
    found = problems_of(text, extensions=True)
    assert [where(p) for p in found] == [
        ("extensions.csv", 2, "late_until"),
        ("extensions.csv", 3, "late_until"),
    ]
    assert "is not after the due time" in found[0].message


def test_unknown_columns_are_refused() -> None:
    [problem] = problems_of("username,due,lateuntil\nann,2025-03-14,2025-03-15\n", extensions=True)
    assert where(problem) == ("extensions.csv", 1, "lateuntil")
    assert "late_until" in problem.message


def test_extension_row_problems() -> None:
    text = (
        "username,due,late_until,reason\n"
        "ann,,,\n"  # 2: no due
        "bob,next friday,,\n"  # 3: not ISO
        "cy,2025-02-30,,\n"  # 4: no such day
        "dee,2025-03-14,soon,\n"  # 5: bad late
        f"eve,2025-03-14,,{'r' * 501}\n"  # 6: long reason
        "ann,2025-03-14,,\n"  # 7: duplicate
        "Bad Name,2025-03-14,,\n"  # 8: bad username
    )
    found = [where(p)[1:] for p in problems_of(text, extensions=True)]
    assert found == [
        (2, "due"),
        (3, "due"),
        (4, "due"),
        (5, "late_until"),
        (6, "reason"),
        (7, "username"),
        (8, "username"),
    ]


def test_missing_due_column_is_a_header_problem() -> None:
    [problem] = problems_of("username,reason\nann,x\n", extensions=True)
    assert where(problem) == ("extensions.csv", 1, "due")
