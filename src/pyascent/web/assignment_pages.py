"""Assignment pages: scores, dates, extensions (one or a CSV), hand-set scores, the grade
export, regrades with their dry-run diff, and the audit log."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyascent.services import ServiceError
from pyascent.services.class_access import Permission, allows
from pyascent.services.class_files import export_grades, import_extensions
from pyascent.services.errors import Missing
from pyascent.services.regrading import Regrading
from pyascent.web.class_pages import classroom_of, parse_when, text_of_upload
from pyascent.web.login_pages import classes_of
from pyascent.web.pages import render

router = APIRouter(include_in_schema=False)


def _optional_when(text: str, field: str):  # type: ignore[no-untyped-def]
    return parse_when(text, field) if text.strip() else None


@router.post("/classes/{cohort_id}/assignments")
def create_assignment(
    request: Request,
    cohort_id: int,
    title: str = Form(""),
    exercises: list[str] = Form([]),  # noqa: B008 - FastAPI's way to read repeated fields
    release_at: str = Form(""),
    due_at: str = Form(""),
    late_until: str = Form(""),
    late_credit: float = Form(0.0),
) -> Response:
    made = classroom_of(request).create_assignment(
        cohort_id,
        title,
        [key for value in exercises for key in value.replace(",", " ").split()],
        release_at=parse_when(release_at, "release_at"),
        due_at=parse_when(due_at, "due_at"),
        late_until=_optional_when(late_until, "late_until"),
        late_credit=late_credit,
    )
    return RedirectResponse(f"/classes/{cohort_id}/assignments/{made.id}", status_code=303)


def _checked(request: Request, cohort_id: int, assignment_id: int, permission: Permission):  # type: ignore[no-untyped-def]
    found = classroom_of(request).assignment(assignment_id, permission)
    if found.cohort_id != cohort_id:
        raise Missing(f"There is no assignment {assignment_id} in this cohort.")
    return found


def assignment_context(request: Request, cohort_id: int, assignment_id: int) -> dict[str, object]:
    classroom = classroom_of(request)
    _checked(request, cohort_id, assignment_id, Permission.VIEW_COHORT)
    table = classroom.grades(assignment_id)
    role = classroom.role(cohort_id)
    titles = {e.id: e.title for e in classes_of(request).course.exercises()}
    return {
        "title": table.assignment.title,
        "table": table,
        "cohort": table.cohort,
        "assignment": table.assignment,
        "titles": titles,
        "can": {p.value: allows(role, p) for p in Permission},
        "overrides": classroom.overrides(assignment_id) if allows(role, Permission.GRADE) else [],
    }


@router.get("/classes/{cohort_id}/assignments/{assignment_id}", response_class=HTMLResponse)
def assignment_page(request: Request, cohort_id: int, assignment_id: int) -> Response:
    return render(request, "assignment.html", assignment_context(request, cohort_id, assignment_id))


@router.post("/classes/{cohort_id}/assignments/{assignment_id}/dates")
def change_dates(
    request: Request,
    cohort_id: int,
    assignment_id: int,
    release_at: str = Form(""),
    due_at: str = Form(""),
    late_until: str = Form(""),
    late_credit: float | None = Form(None),
) -> Response:
    _checked(request, cohort_id, assignment_id, Permission.MANAGE_ASSIGNMENTS)
    classroom_of(request).change_dates(
        assignment_id,
        release_at=_optional_when(release_at, "release_at"),
        due_at=_optional_when(due_at, "due_at"),
        late_until=_optional_when(late_until, "late_until"),
        late_credit=late_credit,
    )
    return RedirectResponse(f"/classes/{cohort_id}/assignments/{assignment_id}", status_code=303)


@router.post("/classes/{cohort_id}/assignments/{assignment_id}/extensions")
def extend(
    request: Request,
    cohort_id: int,
    assignment_id: int,
    username: str = Form(""),
    due_at: str = Form(""),
    late_until: str = Form(""),
    reason: str = Form(""),
    remove: str = Form(""),
) -> Response:
    _checked(request, cohort_id, assignment_id, Permission.EXTEND)
    classroom = classroom_of(request)
    if remove:
        classroom.unextend(assignment_id, username)
    else:
        classroom.extend(
            assignment_id,
            username,
            parse_when(due_at, "due_at"),
            _optional_when(late_until, "late_until"),
            reason,
        )
    return RedirectResponse(f"/classes/{cohort_id}/assignments/{assignment_id}", status_code=303)


@router.post(
    "/classes/{cohort_id}/assignments/{assignment_id}/extensions.csv",
    response_class=HTMLResponse,
)
async def extend_from_csv(
    request: Request,
    cohort_id: int,
    assignment_id: int,
    file: UploadFile | None = None,
    pasted: str = Form(""),
) -> Response:
    _checked(request, cohort_id, assignment_id, Permission.EXTEND)
    text, source = await text_of_upload(file, pasted, "extensions")
    count = import_extensions(classroom_of(request), assignment_id, text, source)
    context = assignment_context(request, cohort_id, assignment_id)
    context["notice"] = f"{source}: {count} extension(s) granted; the scores are recomputed."
    return render(request, "assignment.html", context)


@router.post("/classes/{cohort_id}/assignments/{assignment_id}/overrides")
def override(
    request: Request,
    cohort_id: int,
    assignment_id: int,
    username: str = Form(""),
    exercise_id: str = Form(""),
    credit: str = Form(""),
    reason: str = Form(""),
) -> Response:
    _checked(request, cohort_id, assignment_id, Permission.GRADE)
    classroom = classroom_of(request)
    if not credit.strip():
        classroom.drop_override(assignment_id, username, exercise_id)
    else:
        try:
            value = float(credit)
        except ValueError as exc:
            raise ServiceError(
                f"The credit '{credit[:20]}' is not a number between 0 and 1."
            ) from exc
        classroom.override(assignment_id, username, exercise_id, value, reason)
    return RedirectResponse(f"/classes/{cohort_id}/assignments/{assignment_id}", status_code=303)


@router.get("/classes/{cohort_id}/assignments/{assignment_id}/grades.{fmt}")
def grades_file(request: Request, cohort_id: int, assignment_id: int, fmt: str) -> Response:
    _checked(request, cohort_id, assignment_id, Permission.EXPORT)
    found = export_grades(classroom_of(request), assignment_id, fmt)
    return Response(
        found.content,
        media_type=found.media_type,
        headers={"Content-Disposition": f'attachment; filename="{found.filename}"'},
    )


@router.post("/classes/{cohort_id}/regrades")
def start_regrade(request: Request, cohort_id: int, exercise_id: str = Form("")) -> Response:
    batch = regrading_of(request).start(cohort_id, exercise_id)
    return RedirectResponse(f"/classes/{cohort_id}/regrades/{batch.id}", status_code=303)


def regrading_of(request: Request) -> Regrading:
    return Regrading(classroom_of(request))


@router.get("/classes/{cohort_id}/regrades/{regrade_id}", response_class=HTMLResponse)
def regrade_page(request: Request, cohort_id: int, regrade_id: int) -> Response:
    regrading = regrading_of(request)
    batch = regrading.get(regrade_id)
    if batch.cohort_id != cohort_id:
        raise Missing(f"There is no regrade {regrade_id} in this cohort.")
    diff = regrading.diff(regrade_id) if batch.state in ("graded", "applied") else None
    context = {
        "title": f"Regrade of {batch.exercise_id}",
        "cohort": classroom_of(request).cohort(cohort_id),
        "batch": batch,
        "diff": diff,
    }
    return render(request, "regrade.html", context)


@router.post("/classes/{cohort_id}/regrades/{regrade_id}/apply")
def apply_regrade(request: Request, cohort_id: int, regrade_id: int) -> Response:
    regrading = regrading_of(request)
    if regrading.get(regrade_id).cohort_id != cohort_id:
        raise Missing(f"There is no regrade {regrade_id} in this cohort.")
    regrading.apply(regrade_id)
    return RedirectResponse(f"/classes/{cohort_id}/regrades/{regrade_id}", status_code=303)


@router.get("/classes/{cohort_id}/audit", response_class=HTMLResponse)
def audit_page(request: Request, cohort_id: int) -> Response:
    classroom = classroom_of(request)
    cohort = classroom.cohort(cohort_id, Permission.EXPORT)
    events, checked, broken = classroom.audit_log(cohort_id)
    context = {
        "title": f"{cohort.name}: audit log",
        "cohort": cohort,
        "events": events,
        "checked": checked,
        "broken": broken,
    }
    return render(request, "audit.html", context)
