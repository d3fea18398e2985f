"""Small helpers every route uses: the service, exercises by id, limits on input."""

from __future__ import annotations

from fastapi import Request

from pyascent.services import (
    Exercise,
    LearnerService,
    Lesson,
    Module,
    QuizBook,
    checked_text,
)
from pyascent.web.errors import NotFound, Refused
from pyascent.web.security import client_of


def service_of(request: Request) -> LearnerService:
    """The signed-in account's learner service, else the server's one learner's."""
    service: LearnerService = getattr(request.state, "service", None) or request.app.state.service
    return service


def quizzes_of(request: Request) -> QuizBook:
    """The course's quizzes, with the outputs computed so far (one book per app)."""
    book: QuizBook | None = getattr(request.app.state, "quizzes", None)
    if book is None:
        service = service_of(request)
        book = request.app.state.quizzes = QuizBook(service.course, service.run_example)
    return book


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


def checked_code(request: Request, code: object, *, empty_ok: bool = False) -> str:
    """Code fit to be saved and graded, by the same rule as the CLI (services.checked_text).

    Raises:
        InputRefused: answered 413 or 422 by the error handlers.
    """
    if code is None:
        raise Refused(422, "missing-code", "Send the code to check in the field 'code'.")
    return checked_text(code, request.app.state.settings.max_code_kb, empty_ok=empty_ok)


def rate_limited(request: Request) -> None:
    account = getattr(request.state, "account", None)
    key = f"account:{account.id}" if account is not None else client_of(request)
    wait = request.app.state.limiter.take(key)  # per account: a class shares one address
    if wait > 0:
        raise Refused(
            429,
            "rate-limited",
            f"Too many checks at once. Try again in {max(1, round(wait))} s.",
            retry_after=wait,
        )
