"""The classroom's JSON API: one's cohorts, the live grid and needs-help list, an
assignment's grades, and per-student extensions (for scripts and accommodation systems)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from pyascent.services.class_files import grade_sheet
from pyascent.services.class_views import ClassViews
from pyascent.services.classroom import Classroom
from pyascent.services.errors import Missing
from pyascent.services.grade_export import grades_json
from pyascent.web.login_pages import account_of, classes_of
from pyascent.web.schemas import errors

router = APIRouter(prefix="/api/v1/classes", tags=["classroom"])


class CohortOut(BaseModel):
    id: int
    name: str
    role: str
    join_code: str | None = Field(None, description="Shown to staff only.")


class GridStudentOut(BaseModel):
    username: str
    name: str
    passed: int
    cells: list[tuple[str, int, int | None]] = Field(
        description="Per exercise, in the order of `exercises`: state (not-started, trying, "
        "passed), checks, minutes since the last new passing test (trying only)."
    )


class GridOut(BaseModel):
    exercises: list[str]
    students: list[GridStudentOut]
    at: datetime


class StuckOut(BaseModel):
    username: str
    name: str
    exercise_id: str
    fails_in_row: int
    minutes_without_progress: int
    why: str


class ExtensionIn(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    due_at: datetime = Field(description="ISO 8601 with an offset.")
    late_until: datetime | None = None
    reason: str = Field("", max_length=500)


class ExtensionOut(BaseModel):
    username: str
    due_at: datetime
    late_until: datetime | None
    granted_by: str


def _classroom(request: Request) -> Classroom:
    return Classroom(classes_of(request), account_of(request))


@router.get("", responses=errors(403))
def my_cohorts(request: Request) -> list[CohortOut]:
    """The cohorts you are a member of, with your role in each."""
    return [
        CohortOut(
            id=cohort.id,
            name=cohort.name,
            role=role,
            join_code=cohort.join_code if role != "student" else None,
        )
        for cohort, role in _classroom(request).my_cohorts()
    ]


@router.get("/{cohort_id}/grid", responses=errors(403, 404))
def grid(request: Request, cohort_id: int, assignment: int | None = None) -> GridOut:
    """Each student x each exercise (of the course, or of one assignment): staff only."""
    found = ClassViews(_classroom(request)).grid(cohort_id, assignment)
    return GridOut(
        exercises=[key for key, _ in found.exercises],
        students=[
            GridStudentOut(
                username=row.member.username,
                name=row.member.display_name,
                passed=row.passed,
                cells=[(c.state, c.runs, c.minutes_idle) for c in row.cells],
            )
            for row in found.rows
        ],
        at=found.at,
    )


@router.get("/{cohort_id}/needs-help", responses=errors(403, 404))
def needs_help(request: Request, cohort_id: int) -> list[StuckOut]:
    return [
        StuckOut(
            username=s.member.username,
            name=s.member.display_name,
            exercise_id=s.exercise_id,
            fails_in_row=s.fails_in_row,
            minutes_without_progress=s.minutes_without_progress,
            why=s.why,
        )
        for s in ClassViews(_classroom(request)).needs_help(cohort_id)
    ]


@router.get("/{cohort_id}/assignments/{assignment_id}/grades", responses=errors(403, 404))
def grades(request: Request, cohort_id: int, assignment_id: int) -> dict[str, Any]:
    """The grades JSON of the export (a student gets their own row only)."""
    classroom = _classroom(request)
    if classroom.assignment(assignment_id).cohort_id != cohort_id:
        raise Missing(f"There is no assignment {assignment_id} in this cohort.")
    return grades_json(grade_sheet(classroom, assignment_id))


@router.post(
    "/{cohort_id}/assignments/{assignment_id}/extensions", responses=errors(400, 403, 404, 422)
)
def extend(request: Request, cohort_id: int, assignment_id: int, body: ExtensionIn) -> ExtensionOut:
    """Grant (or replace) one student's extension; their scores are recomputed at once."""
    classroom = _classroom(request)
    if classroom.assignment(assignment_id).cohort_id != cohort_id:
        raise Missing(f"There is no assignment {assignment_id} in this cohort.")
    made = classroom.extend(assignment_id, body.username, body.due_at, body.late_until, body.reason)
    return ExtensionOut(
        username=body.username.strip().lower(),
        due_at=made.due_at,
        late_until=made.late_until,
        granted_by=made.granted_by,
    )
