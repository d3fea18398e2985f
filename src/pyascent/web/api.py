"""The JSON API (v1), documented by the generated OpenAPI schema at /docs.

`POST /api/v1/exercises/{id}/submissions` returns the same verdict JSON as
`pyascent grade --json`, plus the attempt id. Every route declares each status it can
answer (`responses=`); the models are in `schemas`.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request
from fastapi.responses import JSONResponse, Response

from pyascent.services import QuizResult, ServiceError, TutorReply, UnknownFile
from pyascent.web.deps import (
    checked_code,
    exercise_or_404,
    quizzes_of,
    rate_limited,
    service_of,
)
from pyascent.web.errors import NotFound
from pyascent.web.schemas import (
    AttemptOut,
    CheckStateOut,
    ChoiceIn,
    CitationOut,
    CodeIn,
    DraftIn,
    DraftSaved,
    ExerciseDetail,
    ExerciseOut,
    ExploreIn,
    ExploreOut,
    HintOut,
    ParsonsIn,
    PredictIn,
    ProgressOut,
    QueuedOut,
    QuizResultOut,
    RunOut,
    SolutionOut,
    SubmitIn,
    TutorIn,
    TutorTurnOut,
    VerdictOut,
    errors,
)
from pyascent.web.security import REQUESTED_WITH

router = APIRouter(prefix="/api/v1", tags=["api"])


@router.get("/exercises", responses=errors(503))
def list_exercises(request: Request) -> list[ExerciseOut]:
    """Every exercise in roadmap order, with the learner's status (new, attempted, done)."""
    service = service_of(request)
    return [
        ExerciseOut(id=e.id, title=e.title, module=m.id, phase=p.number, status=e.status)
        for p in service.roadmap()
        for m in p.modules
        for e in m.exercises
    ]


@router.get("/exercises/{exercise_id}", responses=errors(404, 503))
def get_exercise(request: Request, exercise_id: str) -> ExerciseDetail:
    """An exercise's instructions, files (draft or starter) and the hints shown so far."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    detail = {
        "id": exercise.id,
        "title": exercise.title,
        "instructions": exercise.instructions,
        "files": service.draft(exercise),
        "hints_shown": service.hints_shown(exercise),
        "hints_total": len(exercise.hints),
        "status": service.status_of(exercise),
    }
    return ExerciseDetail.model_validate(detail)


# Sending code: a JSON body, so 400 (not JSON), 403 (cross-site), 413 and 422 too.
_CODE_ERRORS = (400, 403, 404, 413, 422, 503)


def _project_files(
    service: Any, exercise: Any, code: str, others: dict[str, str]
) -> dict[str, str]:
    """All the exercise's files; naming a file it does not have is a 404 (no such file)."""
    try:
        return dict(service.project_files(exercise, code, others))
    except UnknownFile as exc:
        raise NotFound(str(exc)) from exc


_QUEUED: dict[int | str, dict[str, Any]] = {
    202: {"model": QueuedOut, "description": "Sent to the queue's workers."}
}


@router.post(
    "/exercises/{exercise_id}/submissions",
    response_model=VerdictOut,
    responses={**errors(*_CODE_ERRORS, 429), **_QUEUED},
)
async def submit(request: Request, exercise_id: str, body: SubmitIn) -> Response:
    """Grade code for an exercise. The attempt is saved before grading starts. A server
    with a queue answers 202 at once: GET the `poll` URL until the verdict is there."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    code = checked_code(request, body.code)
    texts = _project_files(service, exercise, code, body.files)
    rate_limited(request)
    files = {name: text.encode("utf-8") for name, text in texts.items()}
    if service.queued:
        queued = await asyncio.to_thread(service.enqueue, exercise, files, "web")
        sent = QueuedOut(
            attempt_id=queued.attempt_id,
            status="queued",
            position=queued.position,
            poll=f"/api/v1/checks/{queued.attempt_id}",
        )
        return JSONResponse(sent.model_dump(), status_code=202)
    outcome = await asyncio.to_thread(service.submit, exercise, files, "web")
    verdict = VerdictOut.model_validate(
        {**outcome.verdict.to_json(), "attempt_id": outcome.attempt_id}
    )
    return JSONResponse(verdict.model_dump(mode="json"))


@router.get("/checks/{attempt_id}", responses=errors(404, 422, 503))
def check_state(
    request: Request, attempt_id: Annotated[int, Path(ge=1, le=2**63 - 1)]
) -> CheckStateOut:
    """Where one of your checks stands; its verdict once it has one."""
    service = service_of(request)
    try:
        state = service.attempt_state(attempt_id)
    except ServiceError as exc:
        raise NotFound(str(exc)) from exc
    verdict = None
    if state.verdict is not None:
        verdict = VerdictOut.model_validate({**state.verdict, "attempt_id": state.attempt_id})
    return CheckStateOut(
        attempt_id=state.attempt_id,
        exercise_id=state.exercise_id,
        status=state.status,
        position=state.position,
        verdict=verdict,
        reason=state.reason,
    )


@router.get("/exercises/{exercise_id}/submissions", responses=errors(404, 503))
def history(request: Request, exercise_id: str) -> list[AttemptOut]:
    """The learner's attempts at an exercise, newest first."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    return [
        AttemptOut(attempt_id=number, created_at=stamp.isoformat(), status=status, reason=reason)
        for number, stamp, status, reason in service.history(exercise_id)
    ]


@router.post("/exercises/{exercise_id}/hints", responses=errors(400, 403, 404, 422, 503))
def next_hint(
    request: Request,
    exercise_id: str,
    requested_with: Annotated[
        str,
        Header(
            alias=REQUESTED_WITH,
            min_length=1,
            description="Any value (XMLHttpRequest, say): proves the call is not a "
            "cross-site form, as this request has no JSON body to prove it.",
            examples=["XMLHttpRequest"],
        ),
    ],
) -> HintOut:
    """Reveal (and count) the next hint. 400 when the exercise has no hints."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    shown = service.hint(exercise_id)
    return HintOut(hint=shown.text, number=shown.number, total=shown.total)


@router.post("/exercises/{exercise_id}/tutor", responses=errors(*_CODE_ERRORS, 429))
async def ask_tutor(request: Request, exercise_id: str, body: TutorIn) -> TutorTurnOut:
    """One turn of the tutor (offline unless an endpoint is configured); 429 with
    Retry-After when the hourly allowance of turns is used up."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    files = None
    if body.code is not None and body.code.strip():  # an empty editor: ask about the last check
        files = _project_files(service, exercise, checked_code(request, body.code), body.files)
    reply = await asyncio.to_thread(
        service.tutoring.ask, exercise_id, body.message, files, body.more
    )
    return tutor_out(reply)


@router.get("/exercises/{exercise_id}/tutor", responses=errors(404, 503))
def tutor_transcript(request: Request, exercise_id: str) -> list[TutorTurnOut]:
    """Every turn of the tutor on this exercise, oldest first."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    return [tutor_out(reply) for reply in service.tutoring.transcript(exercise_id)]


def tutor_out(reply: TutorReply) -> TutorTurnOut:
    return TutorTurnOut(
        level=reply.level,
        level_words=reply.level_words,
        message=reply.message,
        question=reply.question,
        cites=[CitationOut(anchor=c.anchor, title=c.title, url=c.url) for c in reply.cites],
        code=reply.code,
        puzzle=list(reply.puzzle),
        source=reply.source,
        note=reply.note,
        sent_to=reply.sent_to,
        asked=reply.asked,
    )


@router.get("/exercises/{exercise_id}/solution", responses=errors(404, 503))
def solution(request: Request, exercise_id: str) -> SolutionOut:
    """The reference solution when the policy allows, else why not."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    view = service.solution(exercise_id)
    return SolutionOut(allowed=view.allowed, reason=view.reason, files=view.files)


@router.put("/exercises/{exercise_id}/draft", responses=errors(*_CODE_ERRORS))
def save_draft(request: Request, exercise_id: str, body: DraftIn) -> DraftSaved:
    """Keep what is in the editor (autosave); empty is fine, too large or not UTF-8 is not."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    # The same 413 and 422 as a check: a draft that is not UTF-8 could not be shown again.
    code = checked_code(request, body.code, empty_ok=True)
    saved = service.save_draft(exercise, _project_files(service, exercise, code, body.files))
    return DraftSaved(saved_at=saved.isoformat())


@router.get("/progress", responses=errors(503))
def progress(request: Request) -> ProgressOut:
    """Completion per phase and module, attempts, streak and checks per day."""
    service = service_of(request)
    summary = service.summary()
    figures = {
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
    return ProgressOut.model_validate(figures)


@router.post("/examples/run", responses=errors(400, 403, 413, 422, 429, 503))
async def run_example(request: Request, body: CodeIn) -> RunOut:
    """Run a lesson example in the sandbox: stdout, stderr, figures (PNG, base64), error."""
    service = service_of(request)
    code = checked_code(request, body.code)
    rate_limited(request)
    output = await asyncio.to_thread(service.run_example, code)
    return RunOut.model_validate(output.to_json())


@router.post("/explore", responses=errors(400, 403, 413, 422, 429, 503))
async def explore_program(request: Request, body: ExploreIn) -> ExploreOut:
    """Trace a program in the sandbox for the explorer: every step, with its narration."""
    service = service_of(request)
    code = checked_code(request, body.code)
    rate_limited(request)
    found = await asyncio.to_thread(service.explore, code, body.stdin)
    return ExploreOut.model_validate(found.as_json())


# Quizzes in lessons (services.quizzes): answers are checked here, never in the page.
_QUIZ_ERRORS = (400, 403, 404, 413, 422, 503)


def _result(result: QuizResult) -> QuizResultOut:
    return QuizResultOut.model_validate(
        {
            "correct": result.correct,
            "message": result.message,
            "expected": result.expected,
            "output": result.output,
            "options": [o.__dict__ for o in result.options],
        }
    )


@router.post("/quizzes/{quiz_id}/predict", responses=errors(*_QUIZ_ERRORS, 429))
async def answer_predict(request: Request, quiz_id: str, body: PredictIn) -> QuizResultOut:
    """Check a predicted output against what the snippet prints in the sandbox (run once
    per snippet, then remembered)."""
    book = quizzes_of(request)
    book.quiz(quiz_id, "predict")
    rate_limited(request)
    return _result(await asyncio.to_thread(book.answer_predict, quiz_id, body.answer))


@router.post("/quizzes/{quiz_id}/choice", responses=errors(*_QUIZ_ERRORS))
def answer_choice(request: Request, quiz_id: str, body: ChoiceIn) -> QuizResultOut:
    """Check the chosen options; each chosen option says why it is right or wrong."""
    return _result(quizzes_of(request).answer_choice(quiz_id, body.selected))


@router.post("/quizzes/{quiz_id}/parsons", responses=errors(*_QUIZ_ERRORS, 429))
async def answer_parsons(request: Request, quiz_id: str, body: ParsonsIn) -> QuizResultOut:
    """Run the assembled program in the sandbox and compare its output with the solution's."""
    book = quizzes_of(request)
    book.quiz(quiz_id, "parsons")
    rate_limited(request)
    return _result(await asyncio.to_thread(book.answer_parsons, quiz_id, body.order))
