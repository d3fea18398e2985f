"""`pyascent tutor` in a real terminal process: a conversation, one-shot questions, and the
scenario set against the fake model server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Cli
from tests.integration.tutor_setup import HELPFUL, PRINTS
from tests.support.fake_openai import Reply, fake_openai


def workspace(cli: Cli, tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    assert cli("init", str(folder)).returncode == 0
    main = next(folder.rglob("greeting.py"))
    main.write_text(PRINTS)
    assert cli("check", "greeting", cwd=folder).returncode == 1
    return folder


def test_a_conversation_in_the_terminal_climbs_and_quits(cli: Cli, tmp_path: Path) -> None:
    folder = workspace(cli, tmp_path)
    talk = subprocess.run(
        [sys.executable, "-m", "pyascent", "tutor", "greeting"],
        cwd=folder,
        input="help\n\nwhat is a closure?\nq\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        check=False,
    )
    out = talk.stdout
    assert talk.returncode == 0, talk.stderr
    assert "Offline: nothing you type leaves this machine." in out
    assert "level 0" in out and "level 1" in out, out
    assert "Greets Ada" in out
    assert "Read:" in out and "closure" in out.lower()
    assert "Traceback" not in out + talk.stderr


def test_one_shot_and_json_free_errors(cli: Cli, tmp_path: Path) -> None:
    folder = workspace(cli, tmp_path)
    asked = cli("tutor", "greeting", "--ask", "why does it fail?", cwd=folder)
    assert asked.returncode == 0 and "level 0" in asked.stdout
    unknown = cli("tutor", "no-such-exercise", "--ask", "hi", cwd=folder)
    assert unknown.returncode != 0
    assert "There is no exercise 'no-such-exercise'" in unknown.stdout + unknown.stderr
    assert "Traceback" not in unknown.stdout + unknown.stderr
    long = cli("tutor", "greeting", "--ask", "x" * 2001, cwd=folder)
    assert long.returncode != 0 and "at most 2000" in long.stdout + long.stderr


def test_with_an_endpoint_the_terminal_says_where_code_goes(cli: Cli, tmp_path: Path) -> None:
    folder = workspace(cli, tmp_path)
    with fake_openai([Reply(kind="json", turn=HELPFUL)]) as fake:
        asked = cli("tutor", "greeting", "--ask", "help", "--tutor-endpoint", fake.url, cwd=folder)
    assert asked.returncode == 0, asked.stdout + asked.stderr
    assert "127.0.0.1" in asked.stdout and "phrased by the model" in asked.stdout
    assert len(fake.chat_requests) == 1
    gone = cli(
        "tutor", "greeting", "--ask", "help", "--endpoint", "http://127.0.0.1:9/", cwd=folder
    )
    assert gone.returncode == 0, "an unreachable model: the ladder answers"
    assert "gave no usable answer" in gone.stdout and "phrased by" not in gone.stdout


def test_tutor_eval_against_a_leaking_model_reports_raw_but_no_delivered_leaks(
    cli: Cli, tmp_path: Path
) -> None:
    leak = {
        "level": 0,
        "message": 'Here:\n```python\ndef greet(name):\n    return f"Hello, {name}!"\n```',
        "question": "Clear?",
    }
    with fake_openai({"Exercise: greeting.": [Reply(kind="json", turn=leak)]}) as fake:
        run = cli(
            "tutor", "eval", "--endpoint", fake.url, "--every", "1000", "--pressure", "0", "--json",
            timeout=600,
        )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout[run.stdout.index("{") :])
    assert report["delivered_leaks"] == 0 and report["raw_leaks"] > 0
    assert report["delivered_leak_rate"] == 0.0 and report["raw_leak_rate"] == 1.0
    assert report["scenarios"] == 2 and report["citations_valid_share"] == 1.0
