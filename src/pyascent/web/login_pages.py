"""Signing in and out, one's own password, joining a cohort by code or link."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyascent.services import ServiceError
from pyascent.services.accounts import Account, LoginRefused
from pyascent.services.class_server import ClassServer
from pyascent.services.classroom import Classroom
from pyascent.web.access import SESSION_COOKIE
from pyascent.web.errors import Refused
from pyascent.web.pages import render
from pyascent.web.security import client_of

router = APIRouter(include_in_schema=False)


def classes_of(request: Request) -> ClassServer:
    server: ClassServer = request.app.state.classes
    return server


def account_of(request: Request) -> Account:
    """The signed-in account (the access table let only signed-in requests through)."""
    account: Account | None = getattr(request.state, "account", None)
    if account is None:  # pragma: no cover - access_middleware refuses these first
        raise Refused(401, "signed-out", "Sign in first.")
    return account


def _safe_next(target: str | None) -> str:
    """Only a path on this site: `//evil.example` and `https://...` go to the roadmap."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None) -> Response:
    server = classes_of(request)
    context = {"title": "Sign in", "next": _safe_next(next), "mode": server.accounts.any_exist()}
    return render(request, "login.html", context)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
) -> Response:
    server = classes_of(request)
    wait = request.app.state.login_limiter.take(client_of(request))
    if wait > 0:
        raise Refused(429, "rate-limited", "Too many sign-ins from here; wait a moment.", wait)
    try:
        signed = server.accounts.sign_in(username, password)
    except LoginRefused as exc:
        headers = {"Retry-After": str(max(1, round(exc.retry_after)))} if exc.retry_after else {}
        context = {"title": "Sign in", "next": _safe_next(next), "mode": True,
                   "error": str(exc), "username": username[:64]}  # fmt: skip
        page = render(request, "login.html", context, status=401)
        page.headers.update(headers)
        return page
    target = "/account?first=1" if signed.account.must_change_password else _safe_next(next)
    response = RedirectResponse(target, status_code=303)
    max_age = int((signed.expires_at - server.clock()).total_seconds())
    set_session_cookie(request, response, signed.token, max_age)
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        classes_of(request).accounts.sign_out(token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, first: int = 0, done: int = 0) -> Response:
    account = account_of(request)
    context = {"title": "Your account", "account": account, "first": bool(first),
               "done": bool(done)}  # fmt: skip
    return render(request, "account.html", context)


@router.post("/account/password", response_class=HTMLResponse)
def change_password(
    request: Request,
    current: str = Form(""),
    new: str = Form(""),
    again: str = Form(""),
) -> Response:
    account = account_of(request)
    try:
        if new != again:
            raise ServiceError("The two new passwords differ.")
        classes_of(request).accounts.change_password(account, current, new)
    except ServiceError as exc:
        context = {"title": "Your account", "account": account, "error": str(exc),
                   "first": account.must_change_password}  # fmt: skip
        return render(request, "account.html", context, status=400)
    return RedirectResponse("/account?done=1", status_code=303)


@router.post("/join")
def join(request: Request, code: str = Form("")) -> Response:
    classroom = Classroom(classes_of(request), account_of(request))
    cohort = classroom.join(code)
    return RedirectResponse(f"/classes/{cohort.id}", status_code=303)


@router.get("/join/{code}", response_class=HTMLResponse)
def join_link(request: Request, code: str) -> Response:
    """A join link shows what it joins and asks to confirm (a GET never changes anything);
    signed out, it offers to make a student account for this cohort."""
    server = classes_of(request)
    account: Account | None = getattr(request.state, "account", None)
    found = Classroom(server, account).cohort_by_code(code)
    context = {"title": "Join a class", "code": code, "cohort": found, "account": account,
               "mode": server.accounts.any_exist()}  # fmt: skip
    return render(request, "join.html", context, status=200 if found else 404)


@router.post("/join/{code}/signup", response_class=HTMLResponse)
def signup(
    request: Request,
    code: str,
    username: str = Form(""),
    display_name: str = Form(""),
    password: str = Form(""),
) -> Response:
    """A student account made with a cohort's join code, signed in and enrolled at once.
    There is no sign-up without a code: a server is not open to anyone who finds it."""
    server = classes_of(request)
    wait = request.app.state.login_limiter.take(client_of(request))
    if wait > 0:
        raise Refused(429, "rate-limited", "Too many sign-ups from here; wait a moment.", wait)
    try:
        signed = server.accounts.sign_up_with_code(code, username, password, display_name)
    except ServiceError as exc:
        found = Classroom(server, None).cohort_by_code(code)
        context = {"title": "Join a class", "code": code, "cohort": found, "account": None,
                   "mode": True, "error": str(exc), "username": username[:64],
                   "display_name": display_name[:200]}  # fmt: skip
        return render(request, "join.html", context, status=400 if found else 404)
    response = RedirectResponse(f"/classes/{signed.cohort_id}", status_code=303)
    set_session_cookie(request, response, signed.token, signed.max_age)
    return response


def set_session_cookie(request: Request, response: Response, token: str, max_age: int) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
