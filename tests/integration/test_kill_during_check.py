"""Killing the CLI in the middle of a check loses nothing that was saved."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import Cli

ENDLESS = "def add(a, b):\n    while True:\n        pass\n"
SOLUTION = "def add(a, b):\n    return a + b\n"


def _attempts(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as conn:
        rows = conn.execute("select status, files from attempts order by id").fetchall()
    return [(status, json.loads(files)["adder.py"]) for status, files in rows]


def test_sigkill_mid_check_keeps_every_attempt(cli: Cli, workspace: Path) -> None:
    file = workspace / "arith" / "adder" / "adder.py"
    database = workspace / ".pyascent" / "progress.db"
    file.write_text(SOLUTION)
    assert cli("check", "adder", cwd=workspace).returncode == 0

    file.write_text(ENDLESS)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyascent", "check", "adder"],
        cwd=workspace,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len(_attempts(database)) < 2:
        time.sleep(0.05)
    time.sleep(0.3)  # the check is now running in its sandbox
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    assert _attempts(database) == [("passed", SOLUTION), ("pending", ENDLESS)]
    with sqlite3.connect(database) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    listing = json.loads(cli("list", "--json", cwd=workspace).stdout)
    assert listing[0]["status"] == "done", "progress saved before the kill is still there"
    # The next command sees that the killed check's process is gone and closes its attempt.
    assert [status for status, _ in _attempts(database)] == ["passed", "not-graded"]

    file.write_text(SOLUTION)
    assert cli("check", "adder", cwd=workspace).returncode == 0
    assert [status for status, _ in _attempts(database)] == ["passed", "not-graded", "passed"]
