"""Classroom mode end to end in process (the web app, a real database, a scripted grader):
privacy between learners, the anti-oracle allowance, sign-in throttling, passwords, roster
and extension CSVs, the grid and needs-help list, clusters, regrades, the audit chain.
Each on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from pyascent.grader import TestResult as Result
from pyascent.grader import Verdict
from pyascent.services import ServiceError, Settings
from pyascent.services.class_files import export_grades, import_extensions, import_roster
from pyascent.services.class_views import ClassViews, FailureViews
from pyascent.services.classroom import Classroom
from pyascent.services.regrading import Regrading
from pyascent.store.class_tables import AuditRow
from pyascent.store.tables import ExerciseProgress
from tests.conftest import GOLDEN
from tests.fakes import FAILED, PASSED, ScriptedGrader
from tests.integration.classroom_setup import (
    PASSWORD,
    Classroom1,
    build,
    client_of,
    make_account,
    sign_in,
)
from tests.integration.postgres import postgres_cluster

RIGHT = "def add(a, b):\n    return a + b\n"
JSON = {"accept": "application/json"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('flows') / 'p.db'}"
    else:
        with postgres_cluster() as url:
            yield url


@pytest.fixture
def grader() -> ScriptedGrader:
    return ScriptedGrader([PASSED])


@pytest.fixture
def setup(database: str, grader: ScriptedGrader) -> Iterator[Classroom1]:
    built = build(database, grader)
    yield built
    built.close()


async def _submit(client: httpx.AsyncClient, code: str, exercise: str = "adder") -> httpx.Response:
    return await client.post(
        f"/api/v1/exercises/{exercise}/submissions", json={"code": code}, headers=JSON
    )


@pytest.mark.anyio
async def test_a_learner_never_sees_another_learners_code_or_verdicts(setup: Classroom1) -> None:
    secret = "def add(a, b):\n    return a + b  # SAM-SECRET\n"
    async with client_of(setup.app) as sam, client_of(setup.app) as vic:
        await sign_in(sam, setup.accounts["student"].username)
        await sign_in(vic, setup.accounts["victim"].username)
        sent = await _submit(sam, secret)
        assert sent.status_code == 200, sent.text
        number = sent.json()["attempt_id"]
        # a guessed id, through the API and the page
        assert (await vic.get(f"/api/v1/checks/{number}", headers=JSON)).status_code == 404
        page = await vic.get(f"/exercises/adder/checks/{number}", headers=JSON)
        assert page.status_code == 404 and "SAM-SECRET" not in page.text
        # the history, the exercise page (its draft), the progress of the other learner
        assert (await vic.get("/api/v1/exercises/adder/submissions", headers=JSON)).json() == []
        assert "SAM-SECRET" not in (await vic.get("/exercises/adder")).text
        assert (await vic.get("/api/v1/progress", headers=JSON)).json()["done"] == 0
        # staff pages of their own cohort are closed to students
        grid = await vic.get(f"/classes/{setup.cohort.id}/grid", headers=JSON)
        assert grid.status_code == 403
        work = f"/classes/{setup.cohort.id}/students/{setup.accounts['student'].username}/adder"
        assert (await vic.get(work, headers=JSON)).status_code == 403
        # a student's own grades: their row only
        grades = await vic.get(
            f"/api/v1/classes/{setup.cohort.id}/assignments/{setup.assignment.id}/grades",
            headers=JSON,
        )
        assert [s["username"] for s in grades.json()["students"]] == [
            setup.accounts["victim"].username
        ]
        # the sender sees it
        assert (await sam.get(f"/api/v1/checks/{number}", headers=JSON)).status_code == 200
        assert (await sam.get(f"/exercises/adder/checks/{number}")).status_code == 200
    async with client_of(setup.app) as other:  # staff of another cohort: not even its name
        await sign_in(other, setup.accounts["teacher"].username)
        answer = await other.get(work, headers=JSON)
        assert answer.status_code == 404 and "SAM-SECRET" not in answer.text
    async with client_of(setup.app) as ta:  # staff of this cohort may read it
        await sign_in(ta, setup.accounts["ta"].username)
        assert "SAM-SECRET" in (await ta.get(work)).text


@pytest.mark.anyio
async def test_graded_runs_are_limited_per_account_and_assignment_with_retry_after(
    database: str,
) -> None:
    setup = build(database, ScriptedGrader([FAILED]), Settings(graded_runs_per_window=3))
    try:
        async with client_of(setup.app) as sam:
            await sign_in(sam, setup.accounts["student"].username)
            for _ in range(3):
                assert (await _submit(sam, "def add(a, b): return 0\n")).status_code == 200
            refused = await _submit(sam, "def add(a, b): return 0\n")
            assert refused.status_code == 429, refused.text
            assert refused.json()["error"] == "runs-exhausted"
            assert 1 <= int(refused.headers["Retry-After"]) <= 600
            # an exercise of no open assignment is not limited by it
            assert (await _submit(sam, "x = 1\n", "echo")).status_code == 200
        async with client_of(setup.app) as vic:  # another account has its own allowance
            await sign_in(vic, setup.accounts["victim"].username)
            assert (await _submit(vic, "def add(a, b): return 0\n")).status_code == 200
    finally:
        setup.close()


@pytest.mark.anyio
async def test_forty_students_behind_one_address_do_not_share_one_allowance(
    database: str,
) -> None:
    """Measured before accounts: of 40 checks at once from one address, 20 were refused."""
    setup = build(database, ScriptedGrader([PASSED]), Settings(rate_burst=20))
    try:
        teacher = Classroom(setup.server, setup.accounts["owner"])
        names = []
        for index in range(40):
            account = make_account(setup.server, f"crowd{index}-{setup.cohort.id}")
            teacher.add_account(setup.cohort.id, account.username)
            names.append(account.username)
        clients = [httpx.AsyncClient(transport=httpx.ASGITransport(app=setup.app),
                                     base_url="http://127.0.0.1") for _ in names]  # fmt: skip
        try:
            for client, name in zip(clients, names, strict=True):
                await sign_in(client, name)
            answers = await asyncio.gather(*(_submit(c, RIGHT) for c in clients))
        finally:
            for client in clients:
                await client.aclose()
        assert [a.status_code for a in answers].count(429) == 0
        assert all(a.status_code == 200 for a in answers)
    finally:
        setup.close()


@pytest.mark.anyio
async def test_wrong_passwords_lock_the_account_and_a_reset_makes_a_temporary_one(
    setup: Classroom1,
) -> None:
    name = setup.accounts["victim"].username
    async with client_of(setup.app) as client:
        await client.get("/login")
        csrf = client.cookies.get("pyascent_csrf") or ""
        for _ in range(setup.server.settings.login_lock_after):
            wrong = await client.post(
                "/login", data={"username": name, "password": "not it at all", "csrf_token": csrf}
            )
            assert wrong.status_code == 401
        locked = await client.post(
            "/login", data={"username": name, "password": PASSWORD, "csrf_token": csrf}
        )
        assert locked.status_code == 401 and "locked" in locked.text
        assert int(locked.headers["Retry-After"]) > 60
        unknown = await client.post(
            "/login", data={"username": "nobody-here", "password": "x" * 12, "csrf_token": csrf}
        )
        assert unknown.status_code == 401 and "do not match" in unknown.text
    temporary = Classroom(setup.server, setup.accounts["instructor"]).reset_password(
        setup.cohort.id, name
    )
    async with client_of(setup.app) as client:
        await client.get("/login")
        csrf = client.cookies.get("pyascent_csrf") or ""
        signed = await client.post(
            "/login", data={"username": name, "password": temporary, "csrf_token": csrf}
        )
        assert signed.status_code == 303 and signed.headers["location"] == "/account?first=1"
        assert (
            (await client.get("/", follow_redirects=False))
            .headers["location"]
            .startswith("/account")
        )  # nothing else until the temporary password is replaced
        changed = await client.post(
            "/account/password",
            data={
                "current": temporary,
                "new": "a brand new secret",
                "again": "a brand new secret",
                "csrf_token": csrf,
            },
        )
        assert changed.status_code == 303
        assert (await client.get("/", follow_redirects=False)).status_code == 200
    with pytest.raises(ServiceError):  # a TA may not reset the owner's password
        Classroom(setup.server, setup.accounts["ta"]).reset_password(
            setup.cohort.id, setup.accounts["owner"].username
        )


def test_a_roster_imports_once_and_the_export_matches_the_golden_files(setup: Classroom1) -> None:
    teacher = Classroom(setup.server, setup.accounts["owner"])
    tag = f"-r{setup.cohort.id}"  # the roster's names, apart from other tests' on this database
    roster = (GOLDEN / "classroom" / "roster.csv").read_text().replace("{tag}", tag)
    first = import_roster(teacher, setup.cohort.id, roster, "roster.csv")
    assert (first.rows, first.changed, len(first.new_accounts)) == (3, 3, 3)
    again = import_roster(teacher, setup.cohort.id, roster, "roster.csv")
    assert (again.changed, again.unchanged, again.new_accounts) == (0, 3, ())
    with pytest.raises(ServiceError, match=r"line 3, field 'email'"):
        import_roster(teacher, setup.cohort.id, "username,email\nok1,a@b.c\nbad1,nope\n", "r.csv")
    assert all(m.username != "ok1" for m in teacher.members(setup.cohort.id))  # nothing kept
    # one student of the roster passes adder on time: the export says so, in both layouts
    member = teacher.member(setup.cohort.id, f"ada{tag}")
    learner = setup.server.learner(setup.server.accounts.get(member.account_id))
    exercise = setup.server.course.exercise("adder")
    assert exercise is not None
    learner.submit(exercise, {"adder.py": RIGHT.encode()}, "web")
    for fmt in ("canvas", "moodle"):
        made = export_grades(teacher, setup.assignment.id, fmt).content
        golden = (GOLDEN / "classroom" / f"roster-{fmt}.csv").read_text()
        kept = [line for line in made.splitlines() if tag in line or "Points" in line]
        expected = [line.replace("{tag}", tag) for line in golden.splitlines()]
        assert kept == expected, made


def test_extensions_from_a_csv_are_all_or_nothing_and_move_scores(setup: Classroom1) -> None:
    teacher = Classroom(setup.server, setup.accounts["ta"])
    name = setup.accounts["victim"].username
    due = setup.assignment.due_at
    bad = f"username,due\n{name},{(due + timedelta(days=3)).isoformat()}\nno-such,2027-01-01\n"
    with pytest.raises(ServiceError, match="no-such"):
        import_extensions(teacher, setup.assignment.id, bad, "ext.csv")
    assert setup.server.cohorts.extensions(setup.assignment.id) == {}
    good = f"username,due,reason\n{name},{(due + timedelta(days=3)).isoformat()},flu\n"
    assert import_extensions(teacher, setup.assignment.id, good, "ext.csv") == 1
    granted = setup.server.cohorts.extensions(setup.assignment.id)
    assert [e.reason for e in granted.values()] == ["flu"]
    events = teacher.server.audit.events(setup.cohort.id)
    assert any(e.action == "extension.grant" and name in e.subject for e in events)


def test_a_graded_assignment_refuses_single_process_exercises(
    database: str, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(GOLDEN / "pack", pack)
    toml = pack / "arith" / "exercises" / "echo" / "exercise.toml"
    toml.write_text(toml.read_text().replace('id = "echo"', 'id = "echo"\nmode = "single-process"'))
    setup = build(database, ScriptedGrader(), pack=pack)
    try:
        echo = setup.server.course.exercise("echo")
        assert echo is not None and echo.mode == "single-process"
        now = datetime.now(UTC)
        with pytest.raises(ServiceError, match="single process"):
            Classroom(setup.server, setup.accounts["owner"]).create_assignment(
                setup.cohort.id, "x", ["echo"], release_at=now, due_at=now + timedelta(days=1)
            )
    finally:
        setup.close()


def _failing(message: str) -> Verdict:
    test = Result(name="test_add", status="failed", message=message, title="add adds")
    return Verdict(status="failed", summary="0 of 1 tests passed.", tests=(test,), verified=True)


def test_the_grid_needs_help_and_clusters_follow_the_checks(database: str) -> None:
    verdicts = [_failing(f"add(2, {n}) should return {2 + n}, got {n}") for n in range(1, 7)]
    grader = ScriptedGrader([*verdicts, PASSED])
    setup = build(database, grader)
    try:
        exercise = setup.server.course.exercise("adder")
        assert exercise is not None
        sam = setup.server.learner(setup.accounts["student"])
        for _ in range(6):
            sam.submit(exercise, {"adder.py": b"def add(a, b): return b\n"}, "web")
        vic = setup.server.learner(setup.accounts["victim"])
        vic.submit(exercise, {"adder.py": RIGHT.encode()}, "web")
        staff = Classroom(setup.server, setup.accounts["ta"])
        grid = ClassViews(staff).grid(setup.cohort.id, setup.assignment.id)
        cells = {row.member.username: row.cells[0] for row in grid.rows}
        assert cells[setup.accounts["student"].username].state == "trying"
        assert cells[setup.accounts["student"].username].runs == 6
        assert cells[setup.accounts["victim"].username].state == "passed"
        stuck = ClassViews(staff).needs_help(setup.cohort.id)
        assert [(s.member.username, s.exercise_id) for s in stuck] == [
            (setup.accounts["student"].username, "adder")
        ]
        assert "6 failing checks in a row" in stuck[0].why
        # a test passed 30 minutes ago and none since, though still checking: the database
        # computes the minutes (SQLite's julianday, PostgreSQL's epoch)
        now = datetime.now(UTC)
        with setup.server.base.store.engine.begin() as connection:
            connection.execute(
                update(ExerciseProgress)
                .where(ExerciseProgress.learner_id == setup.accounts["student"].learner_id)
                .values(progress_at=now - timedelta(minutes=30), last_run_at=now, fails_in_row=1)
            )
        cell = ClassViews(staff).grid(setup.cohort.id, setup.assignment.id).rows
        idle = {row.member.username: row.cells[0].minutes_idle for row in cell}
        assert idle[setup.accounts["student"].username] in (29, 30, 31)
        stuck = ClassViews(staff).needs_help(setup.cohort.id)
        assert len(stuck) == 1 and "no new passing test for 30 min" in stuck[0].why.replace(
            "29 min", "30 min"
        ).replace("31 min", "30 min")
        clusters = FailureViews(staff).clusters(setup.cohort.id, "adder")
        assert len(clusters) == 1 and clusters[0].cluster.runs == 6
        assert [m.username for m in clusters[0].students] == [setup.accounts["student"].username]
        minted = FailureViews(Classroom(setup.server, setup.accounts["owner"])).mint(
            setup.cohort.id, "adder", 0
        )
        assert "should return" in minted.draft.toml and "return b" in minted.draft.program
    finally:
        setup.close()


def test_a_regrade_shows_a_dry_run_then_applies_and_keeps_hand_set_scores(
    setup: Classroom1, grader: ScriptedGrader
) -> None:
    exercise = setup.server.course.exercise("adder")
    assert exercise is not None
    for role in ("student", "victim"):
        setup.server.learner(setup.accounts[role]).submit(
            exercise, {"adder.py": RIGHT.encode()}, "web"
        )
    teacher = Classroom(setup.server, setup.accounts["instructor"])
    teacher.override(setup.assignment.id, setup.accounts["victim"].username, "adder", 1.0, "oral")
    before = {s.member.username: s.percent for s in teacher.grades(setup.assignment.id).students}
    grader.verdicts = [FAILED]  # the fixed test now fails both submissions
    regrading = Regrading(teacher)
    batch = regrading.start(setup.cohort.id, "adder", background=False)
    assert (batch.state, batch.total, batch.done) == ("graded", 2, 2)
    diff = regrading.diff(batch.id)
    assert {a.username for a in diff.attempts} == {
        setup.accounts["student"].username,
        setup.accounts["victim"].username,
    }
    changes = {c.username: c for c in diff.scores}
    sam = changes[setup.accounts["student"].username]
    assert (sam.old_percent, sam.new_percent, sam.delta) == (50.0, 0.0, -50.0)
    assert changes[setup.accounts["victim"].username].kept_by_override == ("adder",)
    # a dry run changes nothing
    assert {
        s.member.username: s.percent for s in teacher.grades(setup.assignment.id).students
    } == before
    regrading.apply(batch.id)
    after = {s.member.username: s.percent for s in teacher.grades(setup.assignment.id).students}
    assert after[setup.accounts["student"].username] == 0.0
    assert after[setup.accounts["victim"].username] == 50.0  # the hand-set score stays
    learner = setup.server.learner(setup.accounts["student"])
    assert learner.status_of(exercise) != "done"  # progress recounted from the new verdicts
    actions = [e.action for e in setup.server.audit.events(setup.cohort.id)]
    assert "regrade.start" in actions and "regrade.apply" in actions


def test_the_audit_chain_finds_an_edited_row(setup: Classroom1) -> None:
    checked, broken = setup.server.audit.verify()
    assert broken is None and checked >= 5
    engine = setup.server.base.store.engine
    with engine.begin() as connection:
        first = connection.execute(AuditRow.__table__.select().limit(1)).first()
        assert first is not None
        connection.execute(
            update(AuditRow).where(AuditRow.id == first.id).values(actor="someone-else")
        )
    assert setup.server.audit.verify()[1] == first.id
