"""The operator's classroom commands as a user runs them: `python -m pyascent ...` in a
subprocess on a real SQLite file with the test pack; the regrade grades in the real sandbox."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pyascent.services import load_course_or_explain
from pyascent.store import ProgressStore, sqlite_url
from tests.conftest import GOLDEN


def run(
    folder: Path, *args: str, stdin: str = "", ok: bool = True
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pyascent", *args, "--db", str(folder / "p.db")]
    command += ["--course", str(folder / "pack")]
    done = subprocess.run(
        command, cwd=folder, input=stdin, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "PYASCENT_HOME": str(folder / "home"), "COLUMNS": "200",
             "PYASCENT_PRELOAD_PACKAGES": "false"},
    )  # fmt: skip
    if ok:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_an_operator_runs_a_class_from_the_terminal(tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / "pack", tmp_path / "pack")
    run(tmp_path, "account", "add", "teach", "--teacher", "--password-stdin",
        stdin="correct horse battery\n")  # fmt: skip
    opened = run(tmp_path, "cohort", "add", "CS1 A", "--owner", "teach").stdout
    assert re.search(r"Cohort 1: CS1 A\. Join code: \S+", opened)
    roster = tmp_path / "roster.csv"
    roster.write_text("username,name,student_id\nada,Ada Lovelace,S-1\nbob,Bob Brown,S-2\n")
    first = run(tmp_path, "roster", "import", "1", str(roster)).stdout
    assert "2 rows, 2 changed" in first and re.search(r"ada\W+[0-9a-f]{6}-[0-9a-f]{6}-", first)
    assert (
        "2 rows, 0 changed, 2 unchanged"
        in run(tmp_path, "roster", "import", "1", str(roster)).stdout
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("username,email\nok,not-an-email\n")
    refused = run(tmp_path, "roster", "import", "1", str(bad), ok=False)
    assert refused.returncode == 2 and "bad.csv, line 2, field 'email'" in refused.stdout
    now = datetime.now(UTC)
    release, due = (now - timedelta(days=2)).isoformat(), (now - timedelta(days=1)).isoformat()
    run(tmp_path, "assignment", "add", "1", "Week 1", "--exercises", "adder",
        "--release", release, "--due", due, "--late-credit", "0.5",
        "--late-until", (now + timedelta(days=1)).isoformat())  # fmt: skip
    # both checks are stored now, after the due date (late); Bob's code is wrong
    course = load_course_or_explain(tmp_path / "pack")
    for name, code in (("ada", "def add(a, b):\n    return a + b\n"),
                       ("bob", "def add(a, b):\n    return a - b\n")):  # fmt: skip
        store = ProgressStore(sqlite_url(tmp_path / "p.db"), course.id, f"account:{name}")
        number = store.start_attempt("adder", {"adder.py": code}, "web")
        store.finish_attempt(number, "passed", {"status": "passed", "summary": "", "tests": []}, 1)
        store.close()
    exported = run(tmp_path, "grades", "export", "1", "--format", "canvas").stdout
    assert "Ada Lovelace,,S-1,ada,CS1 A,50" in exported  # late: half credit
    run(tmp_path, "extend", "1", "ada", "--due", (now + timedelta(hours=1)).isoformat(),
        "--reason", "flu")  # fmt: skip
    exported = run(tmp_path, "grades", "export", "1", "--format", "canvas").stdout
    assert "Ada Lovelace,,S-1,ada,CS1 A,100" in exported  # recomputed with the extension
    assert "Bob Brown,,S-2,bob,CS1 A,50" in exported  # the stored (wrong) verdict, late
    # Bob's "passed" was wrong: regrade in the sandbox, dry run first, then apply
    dry = run(tmp_path, "regrade", "1", "adder").stdout
    assert "2 submissions, 1 change verdict" in dry and "-50.0" in dry and "Dry run" in dry
    assert "Bob Brown,,S-2,bob,CS1 A,50" in run(tmp_path, "grades", "export", "1").stdout
    assert "Applied." in run(tmp_path, "regrade", "1", "adder", "--apply").stdout
    exported = run(tmp_path, "grades", "export", "1", "--format", "json").stdout
    assert '"username": "bob"' in exported and '"percent": 0.0' in exported
    assert "checks out" in run(tmp_path, "audit", "verify").stdout
    with sqlite3.connect(tmp_path / "p.db") as connection:
        connection.execute("UPDATE audit_events SET detail = '{}' WHERE action = 'extension.grant'")
    tampered = run(tmp_path, "audit", "verify", ok=False)
    assert tampered.returncode == 1 and "was edited" in tampered.stdout
