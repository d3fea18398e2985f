"""Classroom mode in a real browser: an instructor and a student, each in their own context.

The instructor signs in, opens a class, reads its join code, creates an assignment of
`adder` and opens the live grid. A student (a second browser context, so a separate cookie
jar) follows the join link, makes an account, checks a right solution in the sandbox, and
the instructor's grid, never reloaded, shows the student's passed cell on its next poll.
The student is refused the grid (403). The server is `pyascent serve` in a subprocess with
the test pack, the real sandbox, and the grid polling every second.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.conftest import Server, running_server
from tests.e2e.conftest import new_page, shot
from tests.e2e.test_learner_in_browser import AXE, type_code
from tests.integration.postgres import postgres_cluster

TEACHER = "teach"
TEACHER_PASSWORD = "correct horse battery"
STUDENT = "ada"
STUDENT_NAME = "Ada Lovelace"
STUDENT_PASSWORD = "analytical engine 1843"
CHECK_MS = 60_000
GRID_MS = 12_000  # the grid polls every second here (5 s by default)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def class_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The test pack's server, then its first account (a teacher) made with the CLI: the
    readiness probe needs the open API of a server without accounts. On SQLite, then on a
    PostgreSQL cluster of its own."""
    folder = tmp_path_factory.mktemp("classroom")
    with contextlib.ExitStack() as stack:
        extra: tuple[str, ...] = ()
        if request.param == "postgresql":
            extra = ("--db", stack.enter_context(postgres_cluster()))
        patch = stack.enter_context(pytest.MonkeyPatch.context())
        patch.setenv("PYASCENT_GRID_REFRESH_SECONDS", "1")
        server = stack.enter_context(running_server(folder, *extra))
        pack = server.database.parent / "pack"  # the copy running_server serves
        database = extra[1] if extra else str(server.database)
        command = ["account", "add", TEACHER, "--teacher", "--password-stdin"]
        command += ["--db", database, "--course", str(pack)]
        made = subprocess.run(
            [sys.executable, "-m", "pyascent", *command],
            input=TEACHER_PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert made.returncode == 0, made.stdout + made.stderr
        yield server


def serious_violations(page: Any) -> list[dict[str, Any]]:
    """axe's serious and critical findings on the page, as in the other e2e tests."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_student_joins_passes_and_the_grid_shows_it(class_server: Server, browser: Any) -> None:
    started = time.monotonic()
    url = class_server.url
    teacher: Any = new_page(browser)
    errors: list[tuple[str, str]] = []  # (path, message) of every uncaught script error

    def watch(page: Any) -> None:
        page.on("pageerror", lambda exc: errors.append((page.url.removeprefix(url), str(exc))))

    watch(teacher)

    # a. the instructor: sign in, open a class, an assignment, the live grid
    teacher.goto(url + "/")
    assert teacher.url.startswith(url + "/login")
    teacher.fill("#username", TEACHER)
    teacher.fill("#password", TEACHER_PASSWORD)
    teacher.get_by_role("button", name="Sign in").click()
    teacher.wait_for_url(url + "/")
    teacher.goto(url + "/classes")
    teacher.fill("#cohort-name", "CS1, spring 2027, section A")
    teacher.get_by_role("button", name="Open class").click()
    teacher.wait_for_selector("#join-code")
    cohort_path = teacher.url.removeprefix(url)
    assert cohort_path.startswith("/classes/"), teacher.url
    cohort_id = int(cohort_path.rsplit("/", 1)[1])
    code = teacher.locator("#join-code").inner_text().strip()
    assert code
    shot(teacher, "classroom-01-cohort")

    now = datetime.now(UTC).replace(microsecond=0)
    teacher.locator("details summary", has_text="New assignment").click()
    form = teacher.locator("#new-assignment")
    form.locator("#a-title").fill("Week 1")
    form.locator("#a-ex").select_option("adder")
    form.locator("#a-release").fill((now - timedelta(hours=1)).isoformat())
    form.locator("#a-due").fill((now + timedelta(days=1)).isoformat())
    form.get_by_role("button", name="Create assignment").click()
    teacher.wait_for_url(f"{url}/classes/{cohort_id}/assignments/*")
    assert teacher.locator("h1").inner_text() == "Week 1"

    teacher.goto(f"{url}/classes/{cohort_id}/grid")
    teacher.wait_for_selector("#grid table.grid")
    assert teacher.locator("#grid tbody tr").count() == 0
    shot(teacher, "classroom-02-empty-grid")
    teacher.evaluate("() => { window.stillTheSamePage = true; }")  # gone if it reloads

    # b. the student, in a context of their own: join by link, sign up, pass `adder`
    student: Any = new_page(browser)
    watch(student)
    student.goto(f"{url}/join/{code}")
    signup = student.locator("#signup")
    signup.locator("[name=username]").fill(STUDENT)
    signup.locator("[name=display_name]").fill(STUDENT_NAME)
    signup.locator("[name=password]").fill(STUDENT_PASSWORD)
    signup.get_by_role("button").click()
    student.wait_for_url(f"{url}/classes/{cohort_id}")
    assert "Week 1" in student.locator("main").inner_text()
    assert student.locator("#join-code").count() == 0  # staff only
    shot(student, "classroom-03-student-cohort")

    student.get_by_role("link", name="Week 1").click()  # the assignment, then its exercise
    student.get_by_role("link", name="adder").click()
    student.wait_for_url("**/exercises/adder")
    student.wait_for_selector(".cm-editor")
    type_code(student, ["def add(a, b):", "    return a + b"])
    student.get_by_role("button", name="Check").click()
    student.wait_for_selector(".verdict[data-status='passed']", timeout=CHECK_MS)
    assert "All 3 tests passed" in student.locator(".verdict").inner_text()
    shot(student, "classroom-04-student-passed")

    # c. the instructor's grid updates by itself (no reload) with the student's pass
    row = teacher.locator("#grid tbody tr", has_text=STUDENT_NAME)
    row.locator("td.gp").first.wait_for(timeout=GRID_MS)
    assert teacher.locator("#grid tbody tr").count() == 1
    assert row.locator("td.gp").count() == 1
    assert row.locator("td.gc").inner_text() == "1"
    assert "1 student · " in teacher.locator("#grid [role=status]").inner_text()
    assert teacher.evaluate("() => window.stillTheSamePage === true")
    shot(teacher, "classroom-05-grid-passed")
    assert serious_violations(teacher) == []

    # d. the student may not open the instructor's grid
    refused = student.goto(f"{url}/classes/{cohort_id}/grid")
    assert refused is not None and refused.status == 403
    shot(student, "classroom-06-student-refused")

    assert errors == []
    assert time.monotonic() - started < 60
