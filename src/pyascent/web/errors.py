"""Every failure becomes a clear page or JSON error; never a stack trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from pyascent.services import (
    GradingBusy,
    GradingFailed,
    InputRefused,
    ServiceError,
    StorageError,
    TutorBusy,
)
from pyascent.services.errors import Forbidden, Missing, RunsExhausted
from pyascent.web.schemas import install_openapi
from pyascent.web.security import allowed_methods, csrf_token, wants_json

log = logging.getLogger("pyascent.web")


class NotFound(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(status_code=404, detail=detail)


class Refused(HTTPException):
    """A request we understood but will not carry out (too large, empty, too many)."""

    def __init__(self, status: int, code: str, detail: str, retry_after: float | None = None):
        headers = {"Retry-After": str(max(1, round(retry_after)))} if retry_after else None
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.code = code


TITLES = {
    400: "That did not work",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed",
    413: "Too large",
    422: "Something is missing",
    429: "Slow down a little",
    503: "Not available right now",
    500: "Something went wrong on our side",
}


def error_response(
    request: Request, status: int, code: str, detail: str, headers: dict[str, str] | None = None
) -> Response:
    if wants_json(request):
        return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)
    if request.headers.get("hx-request"):
        # htmx swaps this fragment into the panel the user was looking at.
        fragment = f'<p class="notice error" role="alert">{_escape(detail)}</p>'
        return HTMLResponse(fragment, status_code=200, headers=headers)
    templates = request.app.state.templates
    page: Response = templates.TemplateResponse(
        request,
        "error.html",
        {
            "title": TITLES.get(status, "Error"),
            "detail": detail,
            "csrf": csrf_token(request),
            "course": request.app.state.service.course,
        },
        status_code=status,
        headers=headers,
    )
    return page


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


def install_error_handlers(app: FastAPI) -> None:
    """Answer every failure with a page or the JSON error body, and document that body."""
    install_openapi(app)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = getattr(exc, "code", {404: "not-found"}.get(exc.status_code, "error"))
        headers = dict(exc.headers) if exc.headers else None
        detail = str(exc.detail)
        if exc.status_code == 400 and "parsing the body" in detail:
            code, detail = "invalid-request", "The request body is not valid JSON in UTF-8."
        if exc.status_code == 405:
            # Starlette names the methods of the first route of the path only; list them all.
            methods = allowed_methods(request)
            code = "method-not-allowed"
            detail = f"{request.method} is not allowed here; use {', '.join(methods)}."
            headers = {**(headers or {}), "Allow": ", ".join(methods)}
        return error_response(request, exc.status_code, code, detail, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        detail = "The request is not valid: " + "; ".join(problems)
        return error_response(request, 422, "invalid-request", detail)

    @app.exception_handler(GradingBusy)
    async def busy(request: Request, exc: GradingBusy) -> Response:
        seconds = max(1, round(exc.retry_after))
        detail = f"The grader is busy. Try again in {seconds} s."
        return error_response(request, 503, "busy", detail, {"Retry-After": str(seconds)})

    @app.exception_handler(TutorBusy)
    async def tutor_busy(request: Request, exc: TutorBusy) -> Response:
        headers = {"Retry-After": str(max(1, exc.retry_after))}
        return error_response(request, 429, "tutor-limit", str(exc), headers)

    @app.exception_handler(RunsExhausted)
    async def runs_exhausted(request: Request, exc: RunsExhausted) -> Response:
        headers = {"Retry-After": str(max(1, round(exc.retry_after)))}
        return error_response(request, 429, "runs-exhausted", str(exc), headers)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return error_response(request, 403, "forbidden", str(exc))

    @app.exception_handler(Missing)
    async def missing(request: Request, exc: Missing) -> Response:
        return error_response(request, 404, "not-found", str(exc))

    @app.exception_handler(GradingFailed)
    async def grader_failed(request: Request, exc: GradingFailed) -> Response:
        log.error("grader failure: %s", exc)
        return error_response(request, 503, "grader", f"Checking is not working right now: {exc}")

    @app.exception_handler(StorageError)
    async def store_failed(request: Request, exc: StorageError) -> Response:
        log.error("store failure: %s", exc)
        detail = f"Your progress could not be saved: {exc} Your code is kept in this browser."
        return error_response(request, 503, "database", detail)

    @app.exception_handler(InputRefused)
    async def input_refused(request: Request, exc: InputRefused) -> Response:
        status = 413 if exc.reason == "too-large" else 422
        code = {"empty": "empty-code", "not-utf8": "not-utf8"}.get(exc.reason, exc.reason)
        return error_response(request, status, code, str(exc))

    @app.exception_handler(ServiceError)
    async def refused(request: Request, exc: ServiceError) -> Response:
        text = str(exc)
        status = 404 if text.startswith("There is no") else 400
        return error_response(request, status, "not-found" if status == 404 else "refused", text)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(
            request,
            500,
            "internal",
            "Something went wrong on our side. The error was logged; please try again.",
        )
