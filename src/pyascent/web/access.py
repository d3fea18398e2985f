"""Who may reach each route: one table, checked before any route runs; deny by default.

Why a table: a route added without an entry is refused to everyone (and a test fails),
so a forgotten check cannot become an open door. Cohort routes are checked again, by
permission, in the services; this table is the first of two locks.

Levels:
- PUBLIC: anyone (the sign-in page, the stylesheet).
- LEARNER: the learner's own pages and API. With no account on the server (the localhost
  default) anyone who reaches it; with accounts, a signed-in account only.
- ACCOUNT: a signed-in account (joining a cohort, one's password, the list of classes).
- COHORT: a signed-in member of the cohort in the path whose role holds the permission.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Match, Mount

from pyascent.services.accounts import Account
from pyascent.services.class_access import Permission, allows
from pyascent.services.class_server import ClassServer
from pyascent.services.classroom import Classroom
from pyascent.web.security import wants_json

SESSION_COOKIE = "pyascent_session"


@dataclass(frozen=True)
class Access:
    level: str  # public | learner | account | cohort
    permission: Permission | None = None


PUBLIC = Access("public")
LEARNER = Access("learner")
ACCOUNT = Access("account")


def cohort(permission: Permission) -> Access:
    return Access("cohort", permission)


P = Permission
ROUTES: dict[tuple[str, str], Access] = {
    ("GET", "/assets/pygments.css"): PUBLIC,
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): PUBLIC,
    # the learner's own
    ("GET", "/"): LEARNER,
    ("GET", "/modules/{module_id}"): LEARNER,
    ("GET", "/modules/{module_id}/lessons/{slug}"): LEARNER,
    ("GET", "/exercises/{exercise_id}"): LEARNER,
    ("POST", "/exercises/{exercise_id}/check"): LEARNER,
    ("GET", "/exercises/{exercise_id}/checks/{attempt_id}"): LEARNER,
    ("POST", "/exercises/{exercise_id}/hint"): LEARNER,
    ("POST", "/exercises/{exercise_id}/tutor"): LEARNER,
    ("POST", "/exercises/{exercise_id}/solution"): LEARNER,
    ("POST", "/examples/run"): LEARNER,
    ("GET", "/progress"): LEARNER,
    ("GET", "/review"): LEARNER,
    ("POST", "/review"): LEARNER,
    ("GET", "/explore"): LEARNER,
    ("POST", "/explore"): LEARNER,
    ("GET", "/openapi.json"): LEARNER,
    ("GET", "/docs"): LEARNER,
    ("GET", "/docs/oauth2-redirect"): LEARNER,
    ("GET", "/redoc"): LEARNER,
    ("GET", "/api/v1/exercises"): LEARNER,
    ("GET", "/api/v1/exercises/{exercise_id}"): LEARNER,
    ("POST", "/api/v1/exercises/{exercise_id}/submissions"): LEARNER,
    ("GET", "/api/v1/checks/{attempt_id}"): LEARNER,
    ("GET", "/api/v1/exercises/{exercise_id}/submissions"): LEARNER,
    ("POST", "/api/v1/exercises/{exercise_id}/hints"): LEARNER,
    ("POST", "/api/v1/exercises/{exercise_id}/tutor"): LEARNER,
    ("GET", "/api/v1/exercises/{exercise_id}/tutor"): LEARNER,
    ("GET", "/api/v1/exercises/{exercise_id}/solution"): LEARNER,
    ("PUT", "/api/v1/exercises/{exercise_id}/draft"): LEARNER,
    ("GET", "/api/v1/progress"): LEARNER,
    ("POST", "/api/v1/examples/run"): LEARNER,
    ("POST", "/api/v1/explore"): LEARNER,
    ("POST", "/api/v1/quizzes/{quiz_id}/predict"): LEARNER,
    ("POST", "/api/v1/quizzes/{quiz_id}/choice"): LEARNER,
    ("POST", "/api/v1/quizzes/{quiz_id}/parsons"): LEARNER,
    # an account's own
    ("GET", "/account"): ACCOUNT,
    ("POST", "/account/password"): ACCOUNT,
    ("GET", "/classes"): ACCOUNT,
    ("POST", "/classes"): ACCOUNT,  # opening a cohort also needs can_teach (services)
    ("POST", "/join"): ACCOUNT,
    ("GET", "/join/{code}"): PUBLIC,  # signed out: a form to make a student account
    ("POST", "/join/{code}/signup"): PUBLIC,  # only with a cohort's join code
    ("GET", "/api/v1/classes"): ACCOUNT,
    # a cohort's
    ("GET", "/classes/{cohort_id}"): cohort(P.VIEW_COHORT),
    ("GET", "/classes/{cohort_id}/grid"): cohort(P.VIEW_STUDENTS),
    ("GET", "/classes/{cohort_id}/clusters/{exercise_id}"): cohort(P.VIEW_STUDENTS),
    ("POST", "/classes/{cohort_id}/clusters/{exercise_id}/mistake"): cohort(P.GRADE),
    ("GET", "/classes/{cohort_id}/students/{username}/{exercise_id}"): cohort(P.VIEW_STUDENTS),
    ("POST", "/classes/{cohort_id}/members"): cohort(P.MANAGE_STUDENTS),
    ("POST", "/classes/{cohort_id}/roster"): cohort(P.MANAGE_STUDENTS),
    ("POST", "/classes/{cohort_id}/members/{username}/password"): cohort(P.MANAGE_STUDENTS),
    ("POST", "/classes/{cohort_id}/members/{username}/remove"): cohort(P.MANAGE_STUDENTS),
    ("POST", "/classes/{cohort_id}/assignments"): cohort(P.MANAGE_ASSIGNMENTS),
    ("GET", "/classes/{cohort_id}/assignments/{assignment_id}"): cohort(P.VIEW_COHORT),
    ("POST", "/classes/{cohort_id}/assignments/{assignment_id}/dates"): cohort(
        P.MANAGE_ASSIGNMENTS
    ),
    ("POST", "/classes/{cohort_id}/assignments/{assignment_id}/extensions"): cohort(P.EXTEND),
    ("POST", "/classes/{cohort_id}/assignments/{assignment_id}/extensions.csv"): cohort(P.EXTEND),
    ("POST", "/classes/{cohort_id}/assignments/{assignment_id}/overrides"): cohort(P.GRADE),
    ("GET", "/classes/{cohort_id}/assignments/{assignment_id}/grades.{fmt}"): cohort(P.EXPORT),
    ("POST", "/classes/{cohort_id}/regrades"): cohort(P.GRADE),
    ("GET", "/classes/{cohort_id}/regrades/{regrade_id}"): cohort(P.GRADE),
    ("POST", "/classes/{cohort_id}/regrades/{regrade_id}/apply"): cohort(P.GRADE),
    ("GET", "/classes/{cohort_id}/audit"): cohort(P.EXPORT),
    ("GET", "/api/v1/classes/{cohort_id}/grid"): cohort(P.VIEW_STUDENTS),
    ("GET", "/api/v1/classes/{cohort_id}/needs-help"): cohort(P.VIEW_STUDENTS),
    ("GET", "/api/v1/classes/{cohort_id}/assignments/{assignment_id}/grades"): cohort(
        P.VIEW_COHORT
    ),
    ("POST", "/api/v1/classes/{cohort_id}/assignments/{assignment_id}/extensions"): cohort(
        P.EXTEND
    ),
}


def leaf_routes(routes: Iterable[BaseRoute]) -> Iterator[BaseRoute]:
    """Every route an app serves, into included routers (FastAPI wraps each one)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from leaf_routes(inner.routes)
        else:
            yield route


def route_of(request: Request) -> tuple[str, dict[str, str]] | None:
    """The path template of the route that takes this request, and its path parameters."""
    routes = getattr(request.app.state, "leaf_routes", None)
    if routes is None:
        routes = request.app.state.leaf_routes = list(leaf_routes(request.app.router.routes))
    for route in routes:
        match, scope = route.matches(request.scope)
        if match is Match.FULL:
            if isinstance(route, Mount):
                return None  # static files: public
            return str(getattr(route, "path", "")), dict(scope.get("path_params", {}))
    return None


def _denied(request: Request, status: int, detail: str) -> Response:
    if status == 401 and not wants_json(request):
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        return RedirectResponse(f"/login?next={target}", status_code=303)
    code = {401: "signed-out", 403: "forbidden", 404: "not-found"}[status]
    if wants_json(request):
        return JSONResponse({"error": code, "detail": detail}, status_code=status)
    from pyascent.web.errors import error_response

    return error_response(request, status, code, detail)


def decide(
    access: Access, server: ClassServer, account: Account | None, params: dict[str, str]
) -> tuple[int, str] | None:
    """None when allowed, else (status, why). Pure over its arguments and the store."""
    classroom_mode = server.accounts.any_exist()
    if access.level == "public":
        return None
    if access.level == "learner":
        if not classroom_mode or account is not None:
            return None
        return 401, "Sign in first."
    if not classroom_mode:
        return 403, (
            "Classroom mode is off: this server has no accounts. The server's operator creates "
            "the first one with `pyascent account add NAME --teacher`."
        )
    if account is None:
        return 401, "Sign in first."
    if access.level == "account":
        return None
    if access.level == "cohort" and access.permission is not None:
        try:
            cohort_id = int(params.get("cohort_id", ""))
        except ValueError:
            return 404, "There is no such cohort."
        role = Classroom(server, account).role(cohort_id)
        if role is None:
            return 404, f"There is no cohort {cohort_id} you are a member of."
        if allows(role, access.permission):
            return None
        return 403, f"Your role in this cohort ({role}) may not do this."
    return 403, "Nobody may use this address."  # pragma: no cover - levels are closed


async def access_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    server: ClassServer = request.app.state.classes
    found = route_of(request)
    if found is None:
        request.state.account = None
        return await call_next(request)  # static files, or the router's own 404/405
    account = server.accounts.session(request.cookies.get(SESSION_COOKIE))
    request.state.account = account
    if account is not None:
        request.state.service = server.learner(account)
    path, params = found
    access = ROUTES.get((request.method if request.method != "HEAD" else "GET", path))
    if access is None:
        return _denied(request, 403, "Nobody may use this address (it has no access rule).")
    refusal = decide(access, server, account, params)
    if refusal is not None:
        return _denied(request, *refusal)
    if (
        account is not None
        and account.must_change_password
        and access.level != "public"
        and path not in ("/account", "/account/password")
    ):
        if wants_json(request):
            return _denied(request, 403, "Change your temporary password first (/account).")
        return RedirectResponse("/account?first=1", status_code=303)
    return await call_next(request)
