"""The CLI commands' own logic, through Typer's runner, on a scripted grader (no sandbox)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pyascent.cli.app import app
from pyascent.services import init_workspace
from tests.conftest import GOLDEN
from tests.fakes import FAILED, PASSED, ScriptedGrader


@pytest.fixture
def grader(monkeypatch: pytest.MonkeyPatch) -> ScriptedGrader:
    """Every command that opens a workspace gets this grader instead of a sandboxed one."""
    scripted = ScriptedGrader([FAILED, PASSED])
    monkeypatch.setattr("pyascent.services.bootstrap.default_grader", lambda *_a, **_k: scripted)
    return scripted


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, grader: ScriptedGrader) -> Path:
    init_workspace(tmp_path / "ws", str(GOLDEN / "pack")).close()
    monkeypatch.chdir(tmp_path / "ws")
    return tmp_path / "ws"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


def test_check_exits_1_then_0_and_names_the_next_exercise(
    workspace: Path, grader: ScriptedGrader
) -> None:
    code, out = run("check", "adder")
    assert code == 1 and "FAILED" in out
    code, out = run("check", "adder", "--json")
    assert code == 0
    verdict = json.loads(out)
    assert verdict["status"] == "passed" and isinstance(verdict["attempt_id"], int)
    assert grader.closed, "the command closes what it opened"
    code, out = run("list", "--json")
    assert {e["id"]: e["status"] for e in json.loads(out)}["adder"] == "done"


def test_hints_count_up_and_say_when_they_run_out(workspace: Path) -> None:
    outputs = [run("hint", "adder")[1] for _ in range(4)]
    assert outputs[0].startswith("Hint 1 of")
    assert "That was the last hint." in outputs[-1]


def test_settings_show_where_each_value_came_from(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYASCENT_RATE_BURST", "7")
    code, out = run("settings")
    assert code == 0
    lines = {line.split("│")[1].strip(): line for line in out.splitlines() if "│" in line}
    assert "7" in lines["rate_burst"] and "environment" in lines["rate_burst"]
    assert "pyascent.toml" in lines["solution_policy"]
    assert "default" in lines["port"]
    code, docs = run("settings", "--docs")
    assert code == 0 and docs.startswith("# Settings")
