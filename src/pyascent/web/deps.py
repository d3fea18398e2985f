"""Small helpers every route uses: the service, exercises by id, limits on input."""

from __future__ import annotations

from fastapi import Request

from pyascent.course import Exercise, Lesson, Module
from pyascent.services import LearnerService
from pyascent.web.errors import NotFound, Refused
from pyascent.web.security import client_of


def service_of(request: Request) -> LearnerService:
    service: LearnerService = request.app.state.service
    return service


def exercise_or_404(service: LearnerService, exercise_id: str) -> Exercise:
    exercise = service.course.exercise(exercise_id)
    if exercise is None:
        raise NotFound(f"There is no exercise '{exercise_id}'.")
    return exercise


def module_or_404(service: LearnerService, module_id: str) -> Module:
    module = next((m for m in service.course.modules if m.id == module_id), None)
    if module is None:
        raise NotFound(f"There is no module '{module_id}'.")
    return module


def lesson_or_404(module: Module, slug: str) -> Lesson:
    lesson = next((item for item in module.lessons if item.slug == slug), None)
    if lesson is None:
        raise NotFound(f"There is no lesson '{slug}' in {module.title}.")
    return lesson


def checked_code(request: Request, code: str | None) -> str:
    """Code fit to be saved and graded: present, not empty, not too large."""
    if code is None:
        raise Refused(422, "missing-code", "Send the code to check in the field 'code'.")
    limit = request.app.state.settings.max_code_kb
    size = len(code.encode("utf-8", errors="surrogatepass"))
    if size > limit * 1024:
        raise Refused(413, "too-large", f"Your code is {size // 1024} KB; the limit is {limit} KB.")
    if not code.strip():
        raise Refused(422, "empty-code", "Your code is empty: write something before checking.")
    try:
        code.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Refused(
            422, "not-utf8", "Your code contains characters that are not valid UTF-8."
        ) from exc
    return code


def rate_limited(request: Request) -> None:
    wait = request.app.state.limiter.take(client_of(request))
    if wait > 0:
        raise Refused(
            429,
            "rate-limited",
            f"Too many checks at once. Try again in {max(1, round(wait))} s.",
            retry_after=wait,
        )
