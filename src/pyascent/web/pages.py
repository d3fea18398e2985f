"""Server-rendered pages (Jinja2), with htmx fragments where a partial update is simpler."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from pyascent.services import CheckOutcome, QuizView, TutorBusy
from pyascent.web.charts import attempts_chart, bars_chart, progress_bar
from pyascent.web.deps import (
    checked_code,
    exercise_or_404,
    lesson_or_404,
    module_or_404,
    quizzes_of,
    rate_limited,
    service_of,
)
from pyascent.web.markdown import pygments_css, render_markdown
from pyascent.web.security import csrf_token

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates = request.app.state.templates
    service = service_of(request)
    base = {"csrf": csrf_token(request), "course": service.course, "progress_bar": progress_bar}
    page: Response = templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status
    )
    return page


def is_fragment(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


@router.get("/assets/pygments.css")
def pygments_stylesheet() -> Response:
    return Response(
        pygments_css(), media_type="text/css", headers={"Cache-Control": "max-age=3600"}
    )


@router.get("/", response_class=HTMLResponse)
def roadmap(request: Request) -> Response:
    service = service_of(request)
    phases = service.roadmap()
    current = service.current()
    due = service.reviews.summary().due
    context = {
        "phases": phases,
        "current": current,
        "title": "Roadmap",
        "cards_due": due,
        "suggestion": service.what_next(),
    }
    return render(request, "roadmap.html", context)


@router.get("/modules/{module_id}", response_class=HTMLResponse)
def module_page(request: Request, module_id: str) -> Response:
    service = service_of(request)
    module = module_or_404(service, module_id)
    known = service.statuses()
    statuses = {e.id: known.get(e.id, "new") for e in module.exercises}
    return render(
        request, "module.html", {"module": module, "statuses": statuses, "title": module.title}
    )


@router.get("/modules/{module_id}/lessons/{slug}", response_class=HTMLResponse)
def lesson_page(request: Request, module_id: str, slug: str) -> Response:
    service = service_of(request)
    module = module_or_404(service, module_id)
    lesson = lesson_or_404(module, slug)
    index = module.lessons.index(lesson)
    following = module.lessons[index + 1] if index + 1 < len(module.lessons) else None
    parts = lesson_parts(quizzes_of(request).parts(module, lesson))
    context = {"module": module, "lesson": lesson, "next_lesson": following, "parts": parts}
    return render(request, "lesson.html", {**context, "title": lesson.title})


_QUIZ_MARK = "pyascent-quiz-{}"
TUTOR_TURNS_SHOWN = 12  # the conversation on the page; the log keeps every turn


def lesson_parts(parts: list[str | QuizView]) -> list[str | QuizView]:
    """The lesson as HTML runs and quizzes. The Markdown is rendered in one piece, a marker
    paragraph where each quiz goes, so that runnable examples keep one numbering."""
    quizzes = [p for p in parts if isinstance(p, QuizView)]
    text = "".join(
        p if isinstance(p, str) else "\n\n" + _QUIZ_MARK.format(quizzes.index(p)) + "\n\n"
        for p in parts
    )
    html = render_markdown(text)
    out: list[str | QuizView] = []
    for number, quiz in enumerate(quizzes):
        before, _, html = html.partition(f"<p>{_QUIZ_MARK.format(number)}</p>")
        out += [before, quiz]
    return [*out, html]


def exercise_context(request: Request, exercise_id: str) -> dict[str, Any]:
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    draft = service.draft(exercise)
    return {
        "exercise": exercise,
        "module": service.course.module_of(exercise),
        "code": draft[exercise.files[0]],
        "other_files": [(name, draft[name]) for name in exercise.files[1:]],
        "hints": service.hints_shown(exercise),
        "attempts": service.history(exercise.id),
        "status": service.status_of(exercise),
        "title": exercise.title,
        "subject": service.subject_files(exercise),
        "tutor_turns": service.tutoring.transcript(exercise.id)[-TUTOR_TURNS_SHOWN:],
        "tutor_host": service.tutoring.endpoint_host,
    }


@router.get("/exercises/{exercise_id}", response_class=HTMLResponse)
def exercise_page(request: Request, exercise_id: str) -> Response:
    service = service_of(request)
    context = exercise_context(request, exercise_id)
    service.select(context["exercise"])
    return render(request, "exercise.html", context)


@router.post("/exercises/{exercise_id}/check", response_class=HTMLResponse)
async def check(request: Request, exercise_id: str, code: str | None = Form(None)) -> Response:
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    text = checked_code(request, code)
    form = await request.form()
    sent = {n: form.get(f"file-{i}") for i, n in enumerate(exercise.files[1:], start=1)}
    others = {n: v for n, v in sent.items() if isinstance(v, str)}
    texts = service.project_files(exercise, text, others)
    rate_limited(request)
    files = {name: content.encode("utf-8") for name, content in texts.items()}
    if service.queued:  # graded by the queue's workers: the panel polls for the verdict
        queued = await asyncio.to_thread(service.enqueue, exercise, files, "web")
        await asyncio.to_thread(service.save_draft, exercise, texts)
        state = await asyncio.to_thread(service.attempt_state, queued.attempt_id)
        context = {**exercise_context(request, exercise_id), "queued": state}
        return exercise_reply(request, "partials/queued.html", context)
    outcome = await asyncio.to_thread(service.submit, exercise, files, "web")
    await asyncio.to_thread(service.save_draft, exercise, texts)
    context = {**exercise_context(request, exercise_id), "outcome": outcome}
    return exercise_reply(request, "partials/verdict.html", context)


@router.get("/exercises/{exercise_id}/checks/{attempt_id}", response_class=HTMLResponse)
async def queued_check(request: Request, exercise_id: str, attempt_id: int) -> Response:
    """A queued check: still waiting (the panel asks again), or its verdict."""
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    found = await asyncio.to_thread(service.check_outcome, attempt_id)
    if isinstance(found, CheckOutcome):
        context = {**exercise_context(request, exercise_id), "outcome": found}
        return exercise_reply(request, "partials/verdict.html", context)
    context = {**exercise_context(request, exercise_id), "queued": found}
    return exercise_reply(request, "partials/queued.html", context)


def exercise_reply(request: Request, partial: str, context: dict[str, Any]) -> Response:
    """htmx swaps in the panel that changed; without JavaScript the whole page comes back."""
    if is_fragment(request):
        return render(request, partial, context)
    return render(request, "exercise.html", context)


@router.post("/exercises/{exercise_id}/hint", response_class=HTMLResponse)
def hint(request: Request, exercise_id: str) -> Response:
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    if exercise.hints:
        service.hint(exercise_id)
    context = exercise_context(request, exercise_id)
    return exercise_reply(request, "partials/hints.html", context)


@router.post("/exercises/{exercise_id}/tutor", response_class=HTMLResponse)
async def tutor(
    request: Request,
    exercise_id: str,
    message: str = Form(""),
    action: str = Form("ask"),
    code: str | None = Form(None),
) -> Response:
    """One turn of the tutor about the code in the editor (or the saved draft)."""
    service = service_of(request)
    exercise = exercise_or_404(service, exercise_id)
    files = None
    if code is not None and code.strip():  # an empty editor: the tutor reads the last check
        form = await request.form()
        sent = {n: form.get(f"file-{i}") for i, n in enumerate(exercise.files[1:], start=1)}
        others = {n: v for n, v in sent.items() if isinstance(v, str)}
        files = service.project_files(exercise, checked_code(request, code), others)
    error = ""
    try:
        await asyncio.to_thread(service.tutoring.ask, exercise_id, message, files, action == "more")
    except TutorBusy as exc:
        error = str(exc)
    context = {**exercise_context(request, exercise_id), "tutor_error": error}
    return exercise_reply(request, "partials/tutor.html", context)


@router.post("/exercises/{exercise_id}/solution", response_class=HTMLResponse)
def solution(request: Request, exercise_id: str) -> Response:
    service = service_of(request)
    exercise_or_404(service, exercise_id)
    view = service.solution(exercise_id)
    context = {**exercise_context(request, exercise_id), "solution": view}
    return exercise_reply(request, "partials/solution.html", context)


@router.post("/examples/run", response_class=HTMLResponse)
async def run_example(request: Request, code: str | None = Form(None)) -> Response:
    service = service_of(request)
    text = checked_code(request, code)
    rate_limited(request)
    output = await asyncio.to_thread(service.run_example, text)
    return render(request, "partials/run_output.html", {"output": output})


@router.get("/progress", response_class=HTMLResponse)
def progress_page(request: Request) -> Response:
    service = service_of(request)
    summary = service.summary()
    chart = attempts_chart(service.activity(), datetime.now(UTC).date())
    cards = service.reviews.summary()
    topics = service.topic_strength()
    retention = bars_chart(
        "retention-chart",
        "Flashcards",
        [
            ("Due today", cards.due),
            ("New today", cards.new),
            ("Learned", cards.learned),
            ("Forgotten (lapses)", cards.lapses),
            ("In the course", cards.total),
        ],
    )
    strength = bars_chart(
        "topics-chart",
        "What each topic cost: failed checks, hints, solutions seen and cards forgotten",
        [
            (t.name, t.failed_attempts + t.hints + t.solutions_seen + t.cards_forgotten)
            for t in topics
        ],
    )
    context = {
        "summary": summary,
        "chart": chart,
        "title": "Progress",
        "cards": cards,
        "topics": topics,
        "retention_chart": retention,
        "topics_chart": strength,
    }
    return render(request, "progress.html", context)
