"""The JSON API (v1), documented by the generated OpenAPI schema at /docs.

`POST /api/v1/exercises/{id}/submissions` returns the same verdict JSON as
`pyascent grade --json`, plus the attempt id.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from pyascent.web.deps import checked_code, exercise_or_404, rate_limited, service_of

router = APIRouter(prefix="/api/v1", tags=["api"])


class CodeIn(BaseModel):
    code: str | None = Field(default=None, description="The learner's main file.")


class ExerciseOut(BaseModel):
    id: str
    title: str
    module: str
    phase: int
    status: str


@router.get("/exercises", response_model=list[ExerciseOut])
def list_exercises(request: Request) -> list[ExerciseOut]:
    """Every exercise in roadmap order, with the learner's status (new, attempted, done)."""
    service = service_of(request)
    return [
        ExerciseOut(id=e.id, title=e.title, module=m.id, phase=p.number, status=e.status)
        for p in service.roadmap()
        for m in p.modules
        for e in m.exercises
    ]


@router.get("/exercises/{exercise_id}")
def get_exercise(request: Request, exercise_id: str) -> dict[str, Any]:
    """An exercise's instructions, files (draft or starter) and the hints shown so far."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    return {
        "id": exercise.id,
        "title": exercise.title,
        "instructions": exercise.instructions,
        "files": service.draft(exercise),
        "hints_shown": service.hints_shown(exercise),
        "hints_total": len(exercise.hints),
        "status": service.store.progress_of(exercise.id).status,
    }


@router.post("/exercises/{exercise_id}/submissions")
async def submit(request: Request, exercise_id: str, body: CodeIn) -> dict[str, Any]:
    """Grade code for an exercise. The attempt is saved before grading starts."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    code = checked_code(request, body.code)
    rate_limited(request)
    files = {exercise.files[0]: code.encode("utf-8")}
    outcome = await asyncio.to_thread(service.submit, exercise, files, "web")
    return {**outcome.verdict.to_json(), "attempt_id": outcome.attempt_id}


@router.get("/exercises/{exercise_id}/submissions")
def history(request: Request, exercise_id: str) -> list[dict[str, Any]]:
    """The learner's attempts at an exercise, newest first."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    return [
        {"attempt_id": number, "created_at": stamp.isoformat(), "status": status}
        for number, stamp, status in service.history(exercise_id)
    ]


@router.post("/exercises/{exercise_id}/hints")
def next_hint(request: Request, exercise_id: str) -> dict[str, Any]:
    """Reveal (and count) the next hint."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    shown = service.hint(exercise_id)
    return {"hint": shown.text, "number": shown.number, "total": shown.total}


@router.get("/exercises/{exercise_id}/solution")
def solution(request: Request, exercise_id: str) -> dict[str, Any]:
    """The reference solution when the policy allows, else why not."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    view = service.solution(exercise_id)
    return {"allowed": view.allowed, "reason": view.reason, "files": view.files}


@router.put("/exercises/{exercise_id}/draft")
def save_draft(request: Request, exercise_id: str, body: CodeIn) -> dict[str, Any]:
    """Keep what is in the editor (autosave)."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    code = body.code if body.code is not None else ""
    if (
        len(code.encode("utf-8", errors="surrogatepass"))
        > request.app.state.settings.max_code_kb * 1024
    ):
        checked_code(request, code)  # raises the same 413 as a check would
    saved = service.save_draft(exercise, {exercise.files[0]: code})
    return {"saved_at": saved.isoformat()}


@router.get("/progress")
def progress(request: Request) -> dict[str, Any]:
    """Completion per phase and module, attempts, streak and checks per day."""
    service = service_of(request)
    summary = service.summary()
    return {
        "done": summary.done,
        "total": summary.total,
        "attempts": summary.attempts,
        "streak": {"current": summary.streak.current, "longest": summary.streak.longest},
        "phases": [
            {
                "number": p.number,
                "title": p.title,
                "done": p.done,
                "total": p.total,
                "modules": [
                    {"id": m.id, "title": m.title, "done": m.done, "total": len(m.exercises)}
                    for m in p.modules
                ],
            }
            for p in summary.phases
        ],
        "per_day": {d.isoformat(): n for d, n in service.activity().items()},
        "generated_at": datetime.now(UTC).isoformat(),
    }


@router.post("/examples/run")
async def run_example(request: Request, body: CodeIn) -> dict[str, Any]:
    """Run a lesson example in the sandbox: stdout, stderr, figures (PNG, base64), error."""
    service = service_of(request)
    code = checked_code(request, body.code)
    rate_limited(request)
    output = await asyncio.to_thread(service.run_example, code)
    return output.to_json()
