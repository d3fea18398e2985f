"""A classroom to test against: the test pack, a real database (SQLite or PostgreSQL), the
web app in process, and one account of every role in one cohort with one assignment."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from fastapi import FastAPI

from pyascent.services import LearnerService, Settings, load_course_or_explain
from pyascent.services.accounts import Account
from pyascent.services.class_server import ClassServer
from pyascent.services.classroom import Classroom
from pyascent.services.passwords import hash_password
from pyascent.store import AssignmentRecord, CohortRecord, ProgressStore
from pyascent.web import create_app
from tests.conftest import GOLDEN
from tests.fakes import ScriptedGrader

PASSWORD = "correct horse battery"
_HASH = hash_password(PASSWORD)  # one argon2 hash for every test account: they are many
ROLES = ("owner", "instructor", "ta", "student")
_BUILDS = itertools.count(1)


@dataclass
class Classroom1:
    app: FastAPI
    server: ClassServer
    cohort: CohortRecord
    assignment: AssignmentRecord
    accounts: dict[str, Account]  # by role, plus "outsider", "teacher" and "victim"

    def close(self) -> None:
        self.server.close()
        self.server.base.close()


def make_account(server: ClassServer, username: str, *, can_teach: bool = False) -> Account:
    """An account with the shared password (the store, to skip one argon2 hash each)."""
    from pyascent.services.accounts import public

    record = server.accounts.store.create(
        username, username.title(), _HASH, can_teach=can_teach, now=datetime.now(UTC)
    )
    server.accounts._any = True
    return public(record)


def build(
    url: str, grader: ScriptedGrader, settings: Settings | None = None, pack: Path | None = None
) -> Classroom1:
    """A fresh cohort and accounts (named apart from earlier builds on the same database)."""
    tag = f"{next(_BUILDS)}"
    course = load_course_or_explain(pack or GOLDEN / "pack")
    chosen = settings or Settings(rate_burst=1000, rate_per_second=1000.0)
    service = LearnerService(course, ProgressStore(url, course.id), grader, chosen)
    app = create_app(chosen, service)
    server: ClassServer = app.state.classes
    owner = make_account(server, f"olga{tag}", can_teach=True)
    accounts = {"owner": owner}
    cohort = Classroom(server, owner).create_cohort("CS1 A")
    for role, name in (
        ("instructor", f"ivan{tag}"),
        ("ta", f"tara{tag}"),
        ("student", f"sam{tag}"),
    ):
        accounts[role] = make_account(server, name)
        Classroom(server, owner).add_account(cohort.id, name, role="student")
        if role != "student":
            Classroom(server, owner).set_role(cohort.id, name, role)
    accounts["victim"] = make_account(server, f"vic{tag}")
    Classroom(server, owner).add_account(cohort.id, f"vic{tag}")
    accounts["outsider"] = make_account(server, f"otto{tag}")
    accounts["teacher"] = make_account(server, f"tess{tag}", can_teach=True)  # teaches elsewhere
    Classroom(server, accounts["teacher"]).create_cohort("Other class")
    now = datetime.now(UTC)
    assignment = Classroom(server, owner).create_assignment(
        cohort.id,
        "Week 1",
        ["adder", "double"],
        release_at=now - timedelta(days=1),
        due_at=now + timedelta(days=1),
        late_until=now + timedelta(days=2),
        late_credit=0.5,
    )
    return Classroom1(app, server, cohort, assignment, accounts)


@asynccontextmanager
async def client_of(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as opened:
        yield opened


async def sign_in(client: httpx.AsyncClient, username: str) -> str:
    """Sign in through the form; returns the CSRF token the cookie jar now holds."""
    await client.get("/login")
    csrf = client.cookies.get("pyascent_csrf") or ""
    answer = await client.post(
        "/login", data={"username": username, "password": PASSWORD, "csrf_token": csrf}
    )
    assert answer.status_code == 303, answer.text
    return csrf
