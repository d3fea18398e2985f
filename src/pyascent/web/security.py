"""Safety at the edge: CSRF tokens, bounded request bodies, per-client rate limits.

CSRF uses the double-submit pattern: a random token in a cookie, repeated by every unsafe
request in a form field or the X-CSRF-Token header. JSON requests also pass when they carry
`Content-Type: application/json` from the same origin, and so do API calls without a body
that carry an `X-Requested-With` header: a browser cannot send either cross-site without a
CORS preflight, which this app never grants. A request no route takes (unknown path, or a
method the path does not have) changes nothing, so it goes on to the router's 404 or 405.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "pyascent_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
REQUESTED_WITH = "X-Requested-With"  # any value; for API calls without a JSON body
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token(request: Request) -> str:
    """The token for this browser: the cookie's, or a new one the response will set."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "csrf_new", None)
    if not token:
        token = new_token()
        request.state.csrf_new = token
    return str(token)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get(
        "accept", ""
    )


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


def _routed(request: Request, method: str) -> bool:
    """Whether a route takes `method` on this path (else the router answers 404 or 405)."""
    scope = {**request.scope, "method": method}
    return any(route.matches(scope)[0] is Match.FULL for route in request.app.routes)


def allowed_methods(request: Request) -> list[str]:
    """The methods this path takes, for the Allow header of a 405.

    Asked of the routes one method at a time: included routers nest their routes, and
    `matches` is the only way into them that every kind of route offers.
    """
    return [method for method in METHODS if _routed(request, method)]


def _refusal(request: Request, status: int, code: str, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": code, "detail": message}, status_code=status)
    return PlainTextResponse(message, status_code=status)


async def csrf_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    if request.method in UNSAFE and _routed(request, request.method):
        content_type = request.headers.get("content-type", "")
        cookie = request.cookies.get(CSRF_COOKIE, "")
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent and content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            try:
                await request.body()  # read whole first: the route then reads the same form
                form = await request.form()
            except (HTTPException, MultiPartException):  # e.g. multipart without a boundary
                return _refusal(
                    request, 400, "invalid-request", "The request body is not a readable form."
                )
            value = form.get(CSRF_FIELD)
            sent = value if isinstance(value, str) else ""
        token_ok = bool(cookie) and hmac.compare_digest(cookie, sent)
        json_ok = content_type.startswith("application/json") and _same_origin(request)
        api_ok = (
            request.url.path.startswith("/api/")
            and bool(request.headers.get(REQUESTED_WITH, "").strip())
            and _same_origin(request)
        )
        if not (token_ok or json_ok or api_ok):
            message = (
                "This form has expired or came from another site. Reload the page and try again."
            )
            return _refusal(request, 403, "csrf", message)
    response = await call_next(request)
    fresh = getattr(request.state, "csrf_new", None)
    if fresh and not request.cookies.get(CSRF_COOKIE):
        response.set_cookie(CSRF_COOKIE, fresh, httponly=True, samesite="strict")
    return response


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, also when no length is announced."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counting() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counting, send)
        except _TooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"The request is too large: at most {self.limit // 1024} KB is accepted."
        path = scope.get("path", "")
        response: Response
        if str(path).startswith("/api/"):
            response = JSONResponse({"error": "too-large", "detail": detail}, status_code=413)
        else:
            response = PlainTextResponse(detail, status_code=413)
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass


class RateLimiter:
    """A token bucket per client address: bursts are fine, floods wait."""

    def __init__(self, burst: int, per_second: float) -> None:
        self.burst = burst
        self.per_second = per_second
        self._buckets: MutableMapping[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when allowed, else the seconds to wait before the next request may pass."""
        now = time.monotonic()
        with self._lock:
            tokens, stamp = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - stamp) * self.per_second)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.per_second


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def security_headers(response: Any) -> None:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    )
