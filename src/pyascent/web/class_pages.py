"""Classroom pages: the list of one's classes, a cohort (roster, assignments, who needs
help), the live grid, a student's work, and the forms that change them. Every route only
parses, calls a use case of services (which checks the role again) and renders."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyascent.services import ServiceError
from pyascent.services.class_access import Permission, allows
from pyascent.services.class_files import import_roster
from pyascent.services.class_views import ClassViews, FailureViews
from pyascent.services.classroom import Classroom
from pyascent.web.grid_html import grid_table
from pyascent.web.login_pages import account_of, classes_of
from pyascent.web.pages import is_fragment, render

router = APIRouter(include_in_schema=False)
MAX_CSV_BYTES = 2 * 1024 * 1024


def classroom_of(request: Request) -> Classroom:
    return Classroom(classes_of(request), account_of(request))


def parse_when(text: str, field: str) -> datetime:
    """A date from a form: ISO 8601 with an offset (the page's fields send one)."""
    try:
        found = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ServiceError(
            f"The field '{field}' is not a date and time: '{text[:40]}' (use 2026-12-24T23:59+01:00)."
        ) from exc
    if found.tzinfo is None:
        raise ServiceError(f"The field '{field}' needs a time zone offset, e.g. +00:00.")
    return found


async def text_of_upload(upload: UploadFile | None, pasted: str, what: str) -> tuple[str, str]:
    """The CSV an instructor sent, uploaded or pasted: (text, the name to report errors by)."""
    if upload is not None and upload.filename:
        data = await upload.read(MAX_CSV_BYTES + 1)
        if len(data) > MAX_CSV_BYTES:
            raise ServiceError(f"The {what} file is over {MAX_CSV_BYTES // 1024 // 1024} MB.")
        try:
            return data.decode("utf-8-sig"), upload.filename
        except UnicodeDecodeError as exc:
            raise ServiceError(
                f"{upload.filename} is not UTF-8 text: save it as 'CSV UTF-8' and send it again."
            ) from exc
    if pasted.strip():
        return pasted, f"the pasted {what}"
    raise ServiceError(f"Choose a {what} file or paste its lines.")


@router.get("/classes", response_class=HTMLResponse)
def classes(request: Request) -> Response:
    classroom = classroom_of(request)
    context = {"title": "Classes", "cohorts": classroom.my_cohorts(),
               "account": account_of(request)}  # fmt: skip
    return render(request, "classes.html", context)


@router.post("/classes")
def open_cohort(request: Request, name: str = Form("")) -> Response:
    made = classroom_of(request).create_cohort(name)
    return RedirectResponse(f"/classes/{made.id}", status_code=303)


def cohort_context(request: Request, cohort_id: int) -> dict[str, Any]:
    classroom = classroom_of(request)
    cohort = classroom.cohort(cohort_id)
    role = classroom.role(cohort_id)
    staff = allows(role, Permission.VIEW_STUDENTS)
    context: dict[str, Any] = {
        "title": cohort.name,
        "cohort": cohort,
        "role": role,
        "staff": staff,
        "can": {p.value: allows(role, p) for p in Permission},
        "assignments": classroom.assignments(cohort_id),
        "exercises": [(e.id, e.title, e.mode) for e in classes_of(request).course.exercises()],
        "join_link": f"{request.base_url}join/{cohort.join_code}",
    }
    if staff:
        views = ClassViews(classroom)
        context["members"] = classroom.members(cohort_id)
        context["stuck"] = views.needs_help(cohort_id)
        if allows(role, Permission.GRADE):
            context["regrades"] = classroom.regrades(cohort_id)[:10]
    return context


@router.get("/classes/{cohort_id}", response_class=HTMLResponse)
def cohort_page(request: Request, cohort_id: int) -> Response:
    return render(request, "cohort.html", cohort_context(request, cohort_id))


@router.get("/classes/{cohort_id}/grid", response_class=HTMLResponse)
def grid_page(request: Request, cohort_id: int, assignment: int | None = None) -> Response:
    """The live grid; htmx asks for the table alone every few seconds."""
    classroom = classroom_of(request)
    views = ClassViews(classroom)
    grid, stuck = views.grid_and_stuck(cohort_id, assignment)
    refresh = classes_of(request).settings.grid_refresh_seconds
    table = grid_table(grid, cohort_id, assignment, refresh)
    if is_fragment(request):
        return HTMLResponse(table)
    cohort = classroom.cohort(cohort_id)
    context = {
        "title": f"{cohort.name}: grid",
        "cohort": cohort,
        "table": table,
        "assignments": classroom.assignments(cohort_id),
        "chosen": assignment,
        "stuck": stuck,
    }
    return render(request, "grid.html", context)


@router.get("/classes/{cohort_id}/students/{username}/{exercise_id}", response_class=HTMLResponse)
def student_work(request: Request, cohort_id: int, username: str, exercise_id: str) -> Response:
    classroom = classroom_of(request)
    member, attempts = ClassViews(classroom).student_work(cohort_id, username, exercise_id)
    exercise = classes_of(request).course.exercise(exercise_id)
    context = {
        "title": f"{member.display_name}: {exercise.title if exercise else exercise_id}",
        "cohort": classroom.cohort(cohort_id),
        "member": member,
        "exercise": exercise,
        "attempts": attempts,
    }
    return render(request, "student_work.html", context)


@router.post("/classes/{cohort_id}/members", response_class=HTMLResponse)
def add_member(
    request: Request,
    cohort_id: int,
    username: str = Form(""),
    display_name: str = Form(""),
    email: str = Form(""),
    role: str = Form("student"),
) -> Response:
    classroom = classroom_of(request)
    account = classes_of(request).accounts.find(username)
    if account is not None and role in ("instructor", "owner"):
        classroom.set_role(cohort_id, username, role)
        temporary = None
    elif account is not None:
        classroom.add_account(cohort_id, username, role=role)
        temporary = None
    else:
        _, temporary = classroom.add_account(
            cohort_id,
            username,
            display_name=display_name or None,
            email=email.strip() or None,
            role=role,
        )
    context = {
        **cohort_context(request, cohort_id),
        "notice": f"{username.strip().lower()} is a member ({role}).",
        "passwords": [(username.strip().lower(), temporary)] if temporary else [],
    }
    return render(request, "cohort.html", context)


@router.post("/classes/{cohort_id}/roster", response_class=HTMLResponse)
async def roster(
    request: Request,
    cohort_id: int,
    file: UploadFile | None = None,
    pasted: str = Form(""),
) -> Response:
    text, source = await text_of_upload(file, pasted, "roster")
    report = import_roster(classroom_of(request), cohort_id, text, source)
    context = {
        **cohort_context(request, cohort_id),
        "notice": (
            f"{source}: {report.rows} rows, {report.changed} changed, "
            f"{report.unchanged} already as the file says."
        ),
        "passwords": list(report.new_accounts),
    }
    return render(request, "cohort.html", context)


@router.post("/classes/{cohort_id}/members/{username}/password", response_class=HTMLResponse)
def reset_password(request: Request, cohort_id: int, username: str) -> Response:
    temporary = classroom_of(request).reset_password(cohort_id, username)
    context = {
        **cohort_context(request, cohort_id),
        "notice": f"{username} has a new temporary password; every sign-in of theirs ended.",
        "passwords": [(username, temporary)],
    }
    return render(request, "cohort.html", context)


@router.post("/classes/{cohort_id}/members/{username}/remove")
def remove_member(request: Request, cohort_id: int, username: str) -> Response:
    classroom_of(request).remove_member(cohort_id, username)
    return RedirectResponse(f"/classes/{cohort_id}", status_code=303)


@router.get("/classes/{cohort_id}/clusters/{exercise_id}", response_class=HTMLResponse)
def clusters_page(request: Request, cohort_id: int, exercise_id: str) -> Response:
    """The failures students of this cohort share at an exercise, largest first."""
    classroom = classroom_of(request)
    found = FailureViews(classroom).clusters(cohort_id, exercise_id)
    exercise = classes_of(request).course.exercise(exercise_id)
    context = {
        "title": f"Common failures: {exercise.title if exercise else exercise_id}",
        "cohort": classroom.cohort(cohort_id),
        "exercise": exercise,
        "clusters": found,
        "can_mint": allows(classroom.role(cohort_id), Permission.GRADE),
    }
    return render(request, "clusters.html", context)


@router.post("/classes/{cohort_id}/clusters/{exercise_id}/mistake", response_class=HTMLResponse)
def mint_mistake(
    request: Request, cohort_id: int, exercise_id: str, rank: int = Form(0)
) -> Response:
    classroom = classroom_of(request)
    minted = FailureViews(classroom).mint(cohort_id, exercise_id, rank)
    context = {
        "title": "A new mistake message",
        "cohort": classroom.cohort(cohort_id),
        "exercise_id": exercise_id,
        "minted": minted,
    }
    return render(request, "mistake_draft.html", context)
