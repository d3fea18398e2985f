"""The learner's loop driven through the real CLI on a real workspace and SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import Cli

SOLUTION = "def add(a, b):\n    return a + b\n"
WRONG = "def add(a, b):\n    return a - b\n"


def test_init_creates_starters_and_database(workspace: Path) -> None:
    assert (workspace / "pyascent.toml").is_file()
    assert (workspace / "arith" / "adder" / "adder.py").read_text() == "def add(a, b):\n    pass\n"
    assert (workspace / "arith" / "adder" / "README.md").is_file()
    assert (workspace / ".pyascent" / "progress.db").is_file()


def test_init_refuses_existing_workspace(cli: Cli, workspace: Path, test_pack: Path) -> None:
    again = cli("init", "ws", "--course", str(test_pack))
    assert again.returncode == 2
    assert "already a pyascent workspace" in again.stdout


def test_wrong_then_right_then_done(cli: Cli, workspace: Path) -> None:
    file = workspace / "arith" / "adder" / "adder.py"
    file.write_text(WRONG)
    failed = cli("check", cwd=workspace)
    assert failed.returncode == 1
    assert "FAILED" in failed.stdout
    assert "add(2, 3) should return 5" in failed.stdout
    assert "expected: 5" in failed.stdout and "actual:   -1" in failed.stdout

    file.write_text(SOLUTION)
    passed = cli("check", "adder", cwd=workspace)
    assert passed.returncode == 0, passed.stdout
    assert "PASSED" in passed.stdout
    assert "Next: double" in passed.stdout

    listing = json.loads(cli("list", "--json", cwd=workspace).stdout)
    assert {e["id"]: e["status"] for e in listing} == {
        "adder": "done",
        "double": "new",
        "toolkit": "new",
        "echo": "new",
    }

    rows = sqlite3.connect(workspace / ".pyascent" / "progress.db").execute(
        "select status, files from attempts order by id"
    )
    attempts = [(status, json.loads(files)["adder.py"]) for status, files in rows]
    assert attempts == [("failed", WRONG), ("passed", SOLUTION)]


def test_check_json_matches_grade_json(cli: Cli, workspace: Path, test_pack: Path) -> None:
    (workspace / "arith" / "adder" / "adder.py").write_text(WRONG)
    checked = json.loads(cli("check", "adder", "--json", cwd=workspace).stdout)
    assert checked["attempt_id"] == 1
    exercise = test_pack / "arith" / "exercises" / "adder"
    graded = cli("grade", str(exercise), str(workspace / "arith" / "adder" / "adder.py"), "--json")
    assert graded.returncode == 1
    verdict = json.loads(graded.stdout)
    assert verdict["schema_version"] == checked["schema_version"] == 1
    assert verdict["verified"] is True and checked["verified"] is True
    assert verdict["status"] == checked["status"] == "failed"
    assert [t["name"] for t in verdict["tests"]] == [t["name"] for t in checked["tests"]]


def test_next_moves_to_the_following_exercise(cli: Cli, workspace: Path) -> None:
    shown = cli("next", cwd=workspace)
    assert shown.returncode == 0
    assert "double.py" in shown.stdout
    listing = cli("list", cwd=workspace).stdout
    current = [line for line in listing.splitlines() if "→" in line]
    assert len(current) == 1 and "double" in current[0]


def test_hints_are_counted_and_solution_gated(cli: Cli, workspace: Path) -> None:
    locked = cli("solution", "adder", cwd=workspace)
    assert locked.returncode == 1
    assert "unlocks" in locked.stdout
    for number in (1, 2, 3):
        shown = cli("hint", "adder", cwd=workspace)
        assert f"Hint {number} of 3" in shown.stdout
    assert "Hint 3 of 3" in cli("hint", "adder", cwd=workspace).stdout
    (workspace / "arith" / "adder" / "adder.py").write_text(WRONG)
    for _ in range(3):
        assert cli("check", "adder", cwd=workspace).returncode == 1
    unlocked = cli("solution", "adder", cwd=workspace)
    assert unlocked.returncode == 0, unlocked.stdout
    assert "return a + b" in unlocked.stdout


def test_progress_and_reset_keep_a_backup(cli: Cli, workspace: Path) -> None:
    file = workspace / "arith" / "adder" / "adder.py"
    file.write_text(SOLUTION)
    assert cli("check", "adder", cwd=workspace).returncode == 0
    progress = cli("progress", cwd=workspace).stdout
    assert "1 of 4 exercises done" in progress
    assert "streak 1 day(s)" in progress
    reset = cli("reset", "adder", cwd=workspace)
    assert reset.returncode == 0
    assert file.read_text() == "def add(a, b):\n    pass\n"
    backups = list((workspace / ".pyascent" / "backups" / "adder").glob("*/adder.py"))
    assert [b.read_text() for b in backups] == [SOLUTION]
    listing = json.loads(cli("list", "--json", cwd=workspace).stdout)
    assert listing[0]["status"] == "new"


def test_unknown_exercise_and_outside_workspace(cli: Cli, workspace: Path, tmp_path: Path) -> None:
    unknown = cli("check", "addr", cwd=workspace)
    assert unknown.returncode == 2
    assert "Did you mean: adder" in unknown.stdout
    outside = cli("list", cwd=tmp_path)
    assert outside.returncode == 2
    assert "not inside a pyascent workspace" in outside.stdout
    assert "Traceback" not in outside.stdout + outside.stderr


def test_missing_learner_file_is_explained(cli: Cli, workspace: Path) -> None:
    (workspace / "arith" / "adder" / "adder.py").unlink()
    result = cli("check", "adder", cwd=workspace)
    assert result.returncode == 2
    assert "pyascent reset adder" in result.stdout


def test_corrupt_database_is_reported_not_replaced(cli: Cli, workspace: Path) -> None:
    database = workspace / ".pyascent" / "progress.db"
    for extra in ("-wal", "-shm"):
        database.with_name(database.name + extra).unlink(missing_ok=True)
    database.write_bytes(b"this is not sqlite" * 100)
    result = cli("list", cwd=workspace)
    assert result.returncode == 2
    assert "is damaged" in result.stdout and str(database) in result.stdout.replace("\n", "")
    assert database.read_bytes() == b"this is not sqlite" * 100


def test_locked_database_is_reported(cli: Cli, workspace: Path) -> None:
    holder = sqlite3.connect(workspace / ".pyascent" / "progress.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        (workspace / "arith" / "adder" / "adder.py").write_text(SOLUTION)
        result = cli("check", "adder", cwd=workspace)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    message = " ".join(result.stdout.split())
    database = workspace / ".pyascent" / "progress.db"
    assert message.startswith(f"error: The progress database {database} is locked by another")
    assert "Close other pyascent windows (watch, serve) and retry." in message
    assert "internal error" not in message and "Traceback" not in result.stderr


def test_ten_megabyte_file_is_refused_before_anything_is_stored(cli: Cli, workspace: Path) -> None:
    big = "x = 1\n" * (10 * 1024 * 1024 // 6)
    (workspace / "arith" / "adder" / "adder.py").write_text(big)
    before = (workspace / ".pyascent" / "progress.db").stat().st_size
    result = cli("check", "adder", "--json", cwd=workspace)
    assert result.returncode == 2
    assert "is 10240 KB; the limit is 256 KB." in " ".join(result.stdout.split())
    with sqlite3.connect(workspace / ".pyascent" / "progress.db") as conn:
        assert conn.execute("select count(*) from attempts").fetchone()[0] == 0
    assert (workspace / ".pyascent" / "progress.db").stat().st_size < before + 1024 * 1024


def test_grade_reports_bad_usage_with_exit_2(cli: Cli, test_pack: Path, tmp_path: Path) -> None:
    exercise = test_pack / "arith" / "exercises" / "adder"
    missing = cli("grade", str(exercise), str(tmp_path / "nope.py"))
    assert missing.returncode == 2 and "does not exist" in missing.stdout
    not_exercise = cli("grade", str(tmp_path), str(exercise / "starter" / "adder.py"))
    assert not_exercise.returncode == 2 and "exercise.toml" in not_exercise.stdout


def test_doctor_lists_the_layers(cli: Cli) -> None:
    result = cli("doctor")
    assert result.returncode == 0, result.stdout
    assert "Probe check: passed" in result.stdout
    assert "verified" in result.stdout
    assert "namespaces" in result.stdout and "seccomp" in result.stdout
