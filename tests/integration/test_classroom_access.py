"""Every route x every role: who gets in is exactly what the hand-written matrix below says.

The expected matrix is written out here by hand, not derived from the access table, so a
wrong entry in the table (or a service that lets a role through) fails the test. Run on
SQLite and on PostgreSQL. Denials are recognised by their answer (401, 403, a redirect to
the sign-in page, or the not-a-member 404); anything else means the route ran.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pyascent.web.access import ROUTES, leaf_routes
from tests.fakes import ScriptedGrader
from tests.integration.classroom_setup import build, client_of, sign_in
from tests.integration.postgres import postgres_cluster

STAFF = {"owner", "instructor", "ta"}
TEACHING = {"owner", "instructor"}
MEMBERS = STAFF | {"student"}
SIGNED_IN = MEMBERS | {"outsider", "teacher"}
EVERYONE = SIGNED_IN | {"anonymous"}

C = "/classes/{cohort_id}"
A = C + "/assignments/{assignment_id}"
COHORT_EXPECTED: dict[tuple[str, str], set[str]] = {
    ("GET", C): MEMBERS,
    ("GET", A): MEMBERS,
    ("GET", "/api/v1" + A + "/grades"): MEMBERS,
    ("GET", C + "/grid"): STAFF,
    ("GET", C + "/clusters/{exercise_id}"): STAFF,
    ("GET", C + "/students/{username}/{exercise_id}"): STAFF,
    ("GET", "/api/v1" + C + "/grid"): STAFF,
    ("GET", "/api/v1" + C + "/needs-help"): STAFF,
    ("POST", A + "/extensions"): STAFF,
    ("POST", A + "/extensions.csv"): STAFF,
    ("POST", "/api/v1" + A + "/extensions"): STAFF,
    ("POST", C + "/members"): TEACHING,
    ("POST", C + "/roster"): TEACHING,
    ("POST", C + "/members/{username}/password"): TEACHING,
    ("POST", C + "/members/{username}/remove"): TEACHING,
    ("POST", C + "/assignments"): TEACHING,
    ("POST", A + "/dates"): TEACHING,
    ("POST", A + "/overrides"): TEACHING,
    ("POST", C + "/regrades"): TEACHING,
    ("GET", C + "/regrades/{regrade_id}"): TEACHING,
    ("POST", C + "/regrades/{regrade_id}/apply"): TEACHING,
    ("POST", C + "/clusters/{exercise_id}/mistake"): TEACHING,
    ("GET", A + "/grades.{fmt}"): TEACHING,
    ("GET", C + "/audit"): TEACHING,
}
ACCOUNT_EXPECTED: dict[tuple[str, str], set[str]] = {
    ("GET", "/account"): SIGNED_IN,
    ("POST", "/account/password"): SIGNED_IN,
    ("GET", "/classes"): SIGNED_IN,
    ("POST", "/classes"): {"owner", "teacher"},  # accounts that may teach
    ("POST", "/join"): SIGNED_IN,
    ("GET", "/api/v1/classes"): SIGNED_IN,
}
PUBLIC_ROUTES = {
    ("GET", "/assets/pygments.css"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/logout"),
    ("GET", "/join/{code}"),
    ("POST", "/join/{code}/signup"),
}


def expected_roles(method: str, path: str) -> set[str]:
    key = (method, path)
    if key in COHORT_EXPECTED:
        return COHORT_EXPECTED[key]
    if key in ACCOUNT_EXPECTED:
        return ACCOUNT_EXPECTED[key]
    if key in PUBLIC_ROUTES:
        return EVERYONE
    return SIGNED_IN  # the learner's own pages and API: any signed-in account


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('access') / 'p.db'}"
    else:
        with postgres_cluster() as url:
            yield url


def served_routes(app: object) -> set[tuple[str, str]]:
    found = set()
    for route in leaf_routes(app.router.routes):  # type: ignore[attr-defined]
        for method in getattr(route, "methods", None) or ():
            if method != "HEAD":
                found.add((method, route.path))  # type: ignore[attr-defined]
    return found


def test_every_route_has_an_access_rule_and_an_expected_row(tmp_path: object) -> None:
    """Deny by default is only safe if no route slips through without a rule."""
    setup = build(f"sqlite:///{tmp_path}/p.db", ScriptedGrader())
    setup.close()
    served = served_routes(setup.app)
    assert served - set(ROUTES) == set(), "routes without an access rule"
    assert set(ROUTES) - served == set(), "rules of routes that do not exist"
    cohort_rules = {key for key, access in ROUTES.items() if access.level == "cohort"}
    assert cohort_rules == set(COHORT_EXPECTED)


def _url(path: str, setup: object, victim: str) -> str:
    values = {
        "cohort_id": str(setup.cohort.id),  # type: ignore[attr-defined]
        "assignment_id": str(setup.assignment.id),  # type: ignore[attr-defined]
        "exercise_id": "adder",
        "username": victim,
        "module_id": "arith",
        "slug": "intro",
        "attempt_id": "1",
        "quiz_id": "q1",
        "code": setup.cohort.join_code,  # type: ignore[attr-defined]
        "regrade_id": "1",
        "fmt": "json",
    }
    return path.format(**values)


def _denied(answer: httpx.Response) -> bool:
    if answer.status_code in (401, 403):
        return True
    if answer.status_code == 303 and answer.headers.get("location", "").startswith("/login"):
        return True
    return answer.status_code == 404 and "you are a member of" in answer.text


def _order(key: tuple[str, str]) -> tuple[int, str, str]:
    """Requests that end the session or remove someone go last."""
    method, path = key
    late = 2 if path == "/logout" else 1 if path.endswith(("/remove", "/password")) else 0
    return late, path, method


ACTORS = ["anonymous", "outsider", "teacher", "student", "ta", "instructor", "owner"]


@pytest.mark.anyio
@pytest.mark.parametrize("actor", ACTORS)
async def test_route_by_role_matrix(database: str, actor: str) -> None:
    setup = build(database, ScriptedGrader())
    # each run on PostgreSQL shares the database: a fresh cohort per run keeps them apart
    unexpected: list[str] = []
    async with client_of(setup.app) as client:
        if actor == "anonymous":
            await client.get("/login")
            csrf = client.cookies.get("pyascent_csrf") or ""
        else:
            csrf = await sign_in(client, setup.accounts[actor].username)
        headers = {"accept": "application/json", "x-csrf-token": csrf}
        for method, path in sorted(ROUTES, key=_order):
            url = _url(path, setup, setup.accounts["victim"].username)
            if method == "GET":
                answer = await client.get(url, headers=headers)
            elif path.startswith("/api/"):
                answer = await client.request(method, url, headers=headers, json={})
            else:
                answer = await client.request(method, url, headers=headers, data={"x": "1"})
            allowed = actor in expected_roles(method, path)
            # a sign-in refused (401) or a sign-out (303 to /login) is those routes' own answer
            denied = (
                answer.status_code == 403 if (method, path) in PUBLIC_ROUTES else _denied(answer)
            )
            if denied == allowed:
                verdict = "denied" if allowed else "ALLOWED"
                unexpected.append(f"{method} {path}: {verdict} ({answer.status_code})")
    setup.close()
    assert unexpected == [], f"{actor}: " + "; ".join(unexpected)


@pytest.mark.anyio
async def test_without_accounts_the_learner_routes_are_open_and_classroom_ones_closed(
    tmp_path: object,
) -> None:
    """The localhost default: no account, no sign-in; classroom pages say it is off."""
    from pyascent.services import LearnerService, Settings, load_course_or_explain
    from pyascent.store import ProgressStore
    from pyascent.web import create_app
    from tests.conftest import GOLDEN

    course = load_course_or_explain(GOLDEN / "pack")
    settings = Settings(rate_burst=1000)
    store = ProgressStore(f"sqlite:///{tmp_path}/p.db", course.id)
    app = create_app(settings, LearnerService(course, store, ScriptedGrader(), settings))
    async with client_of(app) as client:
        assert (await client.get("/")).status_code == 200
        assert (await client.get("/api/v1/progress")).status_code == 200
        answer = await client.get("/classes", headers={"accept": "application/json"})
        assert answer.status_code == 403 and "Classroom mode is off" in answer.text
        answer = await client.get("/classes/1/grid", headers={"accept": "application/json"})
        assert answer.status_code == 403
        assert (await client.get("/login")).status_code == 200
