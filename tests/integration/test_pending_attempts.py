"""No attempt stays pending: a server killed mid-burst, a busy grader, what the learner sees."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pyascent.grader import GradeJob, GraderBusy, Verdict
from pyascent.services import open_learner
from pyascent.services.learner import BUSY, INTERRUPTED, STOPPED
from pyascent.store import ProgressRecord
from pyascent.store.holders import holder_of
from pyascent.web.reaper import closing_stale_attempts
from tests.conftest import GOLDEN, Cli, running_server
from tests.integration.pending_burst import RIGHT, WRONG, reasons, restarted_after_kill, statuses

# Longer than a server takes to start; far shorter than the lease.
SLOW = "import time\n\ntime.sleep(12)\n\n\ndef add(a, b):\n    return a + b\n"


class BusyGrader:
    def grade(self, job: GradeJob) -> Verdict:
        raise GraderBusy(3.0)


def test_an_attempt_refused_as_busy_is_closed_and_not_counted(workspace: Path) -> None:
    service = open_learner(workspace, grader=BusyGrader())
    try:
        exercise = service.resolve("adder")
        with pytest.raises(Exception, match="busy") as refused:
            service.submit(exercise, {"adder.py": RIGHT.encode()}, "web")
        assert "3 s" in str(refused.value), "the caller can still say when to try again"
        [(_, _, status, reason)] = service.history("adder")
        assert (status, reason) == ("not-graded", BUSY)
        summary = service.summary()
        assert summary.attempts == 0 and summary.streak.current == 0
        assert service.activity() == {}
        assert service.store.progress_of("adder") == ProgressRecord(
            "adder", "new", 0, 0, False, None
        )
        assert service.close_stale_attempts() == 0, "nothing is left pending"
    finally:
        service.close()


def test_while_serving_what_a_killed_process_left_is_closed(workspace: Path) -> None:
    service = open_learner(workspace, grader=BusyGrader())
    try:
        child = subprocess.Popen([sys.executable, "-c", "pass"])
        holder = holder_of(child.pid)
        child.wait()
        mine = service.store.start_attempt("adder", {"adder.py": RIGHT}, "web")
        left = service.store.start_attempt("adder", {"adder.py": WRONG}, "cli")
        with sqlite3.connect(workspace / ".pyascent" / "progress.db") as conn:
            conn.execute("update attempts set holder = ? where id = ?", (holder, left))

        async def serve_a_while() -> None:
            async with closing_stale_attempts(service, interval=0.05):
                await asyncio.sleep(1)

        asyncio.run(serve_a_while())
        entries = {
            number: (status, reason) for number, _, status, reason in service.history("adder")
        }
    finally:
        service.close()
    assert entries == {left: ("not-graded", INTERRUPTED), mine: ("pending", None)}


def test_a_check_still_running_in_the_cli_is_not_closed(tmp_path: Path, cli: Cli) -> None:
    """The server starts (and recovers) while a CLI check on the same database runs."""
    pack = tmp_path / "pack"
    shutil.copytree(GOLDEN / "pack", pack)
    toml = pack / "arith" / "exercises" / "adder" / "exercise.toml"
    toml.write_text(toml.read_text().replace("wall_seconds = 3", "wall_seconds = 60"))
    assert cli("init", "ws", "--course", str(pack)).returncode == 0
    config = tmp_path / "ws" / "pyascent.toml"
    folder = tmp_path / "server"
    folder.mkdir()
    database = folder / "progress.db"
    config.write_text(
        config.read_text().replace('database = ".pyascent/progress.db"', f'database = "{database}"')
    )
    assert cli("list", cwd=tmp_path / "ws").returncode == 0  # the database, migrated
    (tmp_path / "ws" / "arith" / "adder" / "adder.py").write_text(SLOW)
    check = subprocess.Popen(
        [sys.executable, "-m", "pyascent", "check", "adder"],
        cwd=tmp_path / "ws",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while statuses(database)["pending"] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        with running_server(folder) as server:
            assert statuses(database) == {"pending": 1}, "a check that runs keeps its attempt"
            check.wait(timeout=60)
            assert statuses(database) == {"passed": 1}, "and its verdict is stored"
            assert httpx.get(server.url + "/api/v1/progress").json()["attempts"] == 1
    finally:
        check.kill()
        check.wait()


def test_a_server_killed_mid_burst_leaves_no_attempt_pending(tmp_path: Path) -> None:
    with restarted_after_kill(tmp_path) as server:
        found = statuses(server.database)
        page = httpx.get(server.url + "/exercises/adder").text
        history = httpx.get(server.url + "/api/v1/exercises/adder/submissions").json()
        progress = httpx.get(server.url + "/api/v1/progress").json()
        listing = httpx.get(server.url + "/api/v1/exercises").json()
    assert found["pending"] == 0, found
    assert found["not-graded"] >= 1, f"the kill came after every check ended: {found}"
    graded = sum(found.values()) - found["not-graded"]
    assert reasons(server.database) == {STOPPED}
    assert [h["status"] for h in history].count("not-graded") == found["not-graded"]
    assert "not graded" in page and STOPPED in page
    assert progress["attempts"] == graded, "a not-graded attempt is not an attempt"
    assert sum(progress["per_day"].values()) == graded
    assert listing[0]["status"] == "done", "the check before the burst passed"
