"""The server operator's classroom commands: accounts, extensions, rosters, grades,
regrades and the audit log, on the database `pyascent serve` uses (same flags).

Run at the server's own terminal, they act with every permission, and the audit log names
the operator ("cli:USER"). Teachers and TAs do the same from the web pages.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from pyascent.cli.options import setting_option
from pyascent.cli.render import make_console
from pyascent.services import ServiceError, open_classroom
from pyascent.services.class_files import FORMATS, export_grades, import_extensions, import_roster
from pyascent.services.class_server import ClassServer
from pyascent.services.classroom import Classroom
from pyascent.services.regrading import Regrading

console = make_console()
account_app = typer.Typer(help="Accounts of classroom mode.", no_args_is_help=True)
roster_app = typer.Typer(help="A cohort's roster.", no_args_is_help=True)
grades_app = typer.Typer(help="Grades of an assignment.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
cohort_app = typer.Typer(help="Cohorts (a class: a term or a section).", no_args_is_help=True)
assignment_app = typer.Typer(help="Assignments of a cohort.", no_args_is_help=True)

DbOption = Annotated[str | None, setting_option("database")]
CourseOption = Annotated[Path | None, setting_option("course")]


def _server(db: str | None, course: Path | None) -> ClassServer:
    flags: dict[str, Any] = {"database": db, "course": str(course) if course else None}
    return open_classroom(flags)


def _when(text: str, what: str) -> datetime:
    try:
        found = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ServiceError(
            f"--{what} '{text}' is not an ISO 8601 date (2027-01-17T23:59+00:00)."
        ) from exc
    return found if found.tzinfo else found.replace(tzinfo=UTC)


@account_app.command("add")
def account_add(
    username: Annotated[str, typer.Argument(help="Login name: letters, digits, . _ @ -.")],
    teacher: Annotated[
        bool, typer.Option("--teacher", help="May open cohorts (and owns the ones it opens).")
    ] = False,
    name: Annotated[str | None, typer.Option("--name", help="Name shown to others.")] = None,
    email: Annotated[str | None, typer.Option("--email")] = None,
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the password from standard input (else a temporary one is printed, "
            "to be changed at the first sign-in).",
        ),
    ] = False,
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Create an account. The first account turns classroom mode on: every page then asks
    for a sign-in."""
    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    server = _server(db, course)
    try:
        account, temporary = server.accounts.create(
            username, password, display_name=name, email=email, can_teach=teacher
        )
    finally:
        server.base.close()
    console.print(
        f"Account [bold]{account.username}[/] created{' (may teach)' if teacher else ''}."
    )
    if temporary:
        console.print(f"Temporary password: [bold]{temporary}[/] (must be changed at sign-in)")


@cohort_app.command("add")
def cohort_add(
    name: Annotated[str, typer.Argument(help="For example 'CS1, spring 2027, section A'.")],
    owner: Annotated[str, typer.Option("--owner", help="The account that will own it.")],
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Open a cohort of the course; print its id and the join code students use."""
    server = _server(db, course)
    try:
        account = server.accounts.find(owner)
        if account is None:
            raise ServiceError(f"There is no account '{owner}' (pyascent account add {owner}).")
        made = Classroom(server, None).create_cohort(name, owner=account)
    finally:
        server.base.close()
    console.print(f"Cohort {made.id}: {made.name}. Join code: [bold]{made.join_code}[/]")


@cohort_app.command("list")
def cohort_list(db: DbOption = None, course: CourseOption = None) -> None:
    """Every cohort of the course with its members by role."""
    server = _server(db, course)
    try:
        table = Table("id", "name", "join code", "owners", "staff", "students")
        for cohort, members in Classroom(server, None).all_cohorts():
            count = {role: [m.username for m in members if m.role == role]
                     for role in ("owner", "instructor", "ta", "student")}  # fmt: skip
            table.add_row(str(cohort.id), cohort.name, cohort.join_code,
                          ", ".join(count["owner"]), str(len(count["instructor"]) + len(count["ta"])),
                          str(len(count["student"])))  # fmt: skip
    finally:
        server.base.close()
    console.print(table)


@assignment_app.command("add")
def assignment_add(
    cohort: Annotated[int, typer.Argument(help="Cohort id.")],
    title: Annotated[str, typer.Argument()],
    exercises: Annotated[str, typer.Option("--exercises", help="Exercise ids, comma-separated.")],
    due: Annotated[str, typer.Option("--due", help="Due date, ISO 8601.")],
    release: Annotated[
        str | None, typer.Option("--release", help="Opens (ISO 8601; default: now).")
    ] = None,
    late_until: Annotated[str | None, typer.Option("--late-until")] = None,
    late_credit: Annotated[float, typer.Option("--late-credit", help="0 to 1.")] = 0.0,
    runs: Annotated[
        int | None, typer.Option("--runs", help="Checks per window (anti-oracle limit).")
    ] = None,
    window: Annotated[int | None, typer.Option("--window", help="Minutes of the window.")] = None,
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Create a graded assignment (single-process exercises are refused)."""
    server = _server(db, course)
    try:
        made = Classroom(server, None).create_assignment(
            cohort,
            title,
            [key for key in exercises.split(",") if key.strip()],
            release_at=_when(release, "release") if release else server.clock(),
            due_at=_when(due, "due"),
            late_until=_when(late_until, "late-until") if late_until else None,
            late_credit=late_credit,
            runs_per_window=runs,
            window_minutes=window,
        )
    finally:
        server.base.close()
    console.print(f"Assignment {made.id}: {made.title}, due {made.due_at.isoformat()}.")


@account_app.command("reset")
def account_reset(
    username: Annotated[str, typer.Argument()],
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Give an account a new temporary password (and end its sign-ins)."""
    server = _server(db, course)
    try:
        found = server.accounts.find(username)
        if found is None:
            raise ServiceError(f"There is no account '{username}'.")
        temporary = server.accounts.reset_password(found.id)
    finally:
        server.base.close()
    console.print(f"Temporary password of {found.username}: [bold]{temporary}[/]")


def extend_command(
    assignment: Annotated[int, typer.Argument(help="Assignment id (shown on its page).")],
    username: Annotated[str | None, typer.Argument(help="The student (omit with --csv).")] = None,
    due: Annotated[str | None, typer.Option("--due", help="New due date, ISO 8601.")] = None,
    late_until: Annotated[
        str | None, typer.Option("--late-until", help="End of their late window.")
    ] = None,
    reason: Annotated[str, typer.Option("--reason", help="Kept in the audit log.")] = "",
    csv: Annotated[
        Path | None, typer.Option("--csv", help="Grant every row of a CSV (username,due,...).")
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Take the extension back.")] = False,
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Grant per-student extensions of an assignment; the scores are recomputed at once."""
    server = _server(db, course)
    classroom = Classroom(server, None)
    try:
        if csv is not None:
            count = import_extensions(classroom, assignment, _read(csv), str(csv))
            console.print(f"{count} extension(s) granted from {csv}.")
            return
        if username is None:
            raise ServiceError("Name the student, or give --csv FILE.")
        if remove:
            classroom.unextend(assignment, username)
            console.print(f"Extension of {username} removed.")
            return
        if due is None:
            raise ServiceError("Give the new due date: --due 2027-01-19T23:59+00:00.")
        made = classroom.extend(
            assignment,
            username,
            _when(due, "due"),
            _when(late_until, "late-until") if late_until else None,
            reason,
        )
        console.print(f"{username} is now due {made.due_at.isoformat()}.")
    finally:
        server.base.close()


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ServiceError(f"Cannot read {path}: {exc}") from exc


@roster_app.command("import")
def roster_import(
    cohort: Annotated[int, typer.Argument(help="Cohort id (shown in its address).")],
    file: Annotated[Path, typer.Argument(help="CSV: username,name,email,student_id,role.")],
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Import a roster; importing the same file twice changes nothing. New accounts get a
    temporary password, printed once."""
    server = _server(db, course)
    try:
        report = import_roster(Classroom(server, None), cohort, _read(file), str(file))
    finally:
        server.base.close()
    console.print(
        f"{file}: {report.rows} rows, {report.changed} changed, {report.unchanged} unchanged."
    )
    if report.new_accounts:
        table = Table("username", "temporary password")
        for name, secret in report.new_accounts:
            table.add_row(name, secret)
        console.print(table)


@grades_app.command("export")
def grades_export(
    assignment: Annotated[int, typer.Argument(help="Assignment id.")],
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "canvas",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File (default: stdout).")] = None,
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Export an assignment's grades as a Canvas or Moodle CSV, or JSON."""
    server = _server(db, course)
    try:
        found = export_grades(Classroom(server, None), assignment, fmt)
    finally:
        server.base.close()
    if out is None:
        sys.stdout.write(found.content)
    else:
        out.write_text(found.content, "utf-8")
        console.print(f"Wrote {out}.")


def regrade_command(
    cohort: Annotated[int, typer.Argument(help="Cohort id.")],
    exercise: Annotated[str, typer.Argument(help="Exercise id whose tests were fixed.")],
    apply: Annotated[
        bool, typer.Option("--apply", help="Put the new verdicts in place (else a dry run).")
    ] = False,
    db: DbOption = None,
    course: CourseOption = None,
) -> None:
    """Regrade every graded submission of a cohort at an exercise; print the diff; with
    --apply, put it in place (hand-set scores are kept)."""
    server = _server(db, course)
    try:
        regrading = Regrading(Classroom(server, None))
        batch = regrading.start(cohort, exercise, background=False)
        if batch.state != "graded":
            raise ServiceError(f"The regrade {batch.state}: {batch.error or 'see the server log'}")
        diff = regrading.apply(batch.id) if apply else regrading.diff(batch.id)
    finally:
        server.base.close()
    console.print(
        f"Regrade {batch.id}: {diff.graded} submissions, {len(diff.attempts)} change verdict."
    )
    table = Table("assignment", "student", "before %", "after %", "change", "kept by hand")
    for change in diff.scores:
        table.add_row(change.assignment, change.username, f"{change.old_percent:.1f}",
                      f"{change.new_percent:.1f}", f"{change.delta:+.1f}",
                      ", ".join(change.kept_by_override))  # fmt: skip
    console.print(table)
    console.print(
        "Applied." if apply else f"Dry run: `pyascent regrade {cohort} {exercise} --apply`."
    )


@audit_app.command("verify")
def audit_verify(db: DbOption = None, course: CourseOption = None) -> None:
    """Check the audit log's hash chain: exit 1 when any row was edited or removed."""
    server = _server(db, course)
    try:
        checked, broken = Classroom(server, None).verify_audit()
    finally:
        server.base.close()
    if broken is not None:
        console.print(f"[red]The audit log was edited:[/] row {broken} does not hash as recorded.")
        raise typer.Exit(1)
    console.print(f"The audit log checks out: {checked} rows, none edited or removed.")
