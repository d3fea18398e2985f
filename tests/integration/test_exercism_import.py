"""`pyascent import exercism` through the real CLI, then `course check` with the real grader.

The tracks are built by tests/unit/test_exercism_import.py in Exercism's layout, with
exercises of our own; nothing of Exercism's is in this repository.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli
from tests.unit.test_exercism_import import BROKEN, break_track, build_track


def test_an_imported_track_passes_course_check(cli: Cli, tmp_path: Path) -> None:
    track = build_track(tmp_path)
    done = cli("import", "exercism", str(track), "--out", "pack", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["pack"] == str(tmp_path / "pack")
    assert len(report["converted"]) == 4

    checked = cli("course", "check", "pack", "--json", "--workers", "2")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    proof = json.loads(checked.stdout)
    assert proof["ok"] and proof["problems"] == []
    assert (proof["exercises"], proof["checks"]) == (4, 8)  # each solution passes, starter fails


def test_the_imported_pack_works_in_a_workspace(cli: Cli, tmp_path: Path) -> None:
    track = build_track(tmp_path)
    assert cli("import", "exercism", str(track), "--out", "pack").returncode == 0
    made = cli("init", "ws", "--course", "pack")
    assert made.returncode == 0, made.stdout + made.stderr
    shown = [" ".join(cli("hint", "oven-timer", "-w", "ws").stdout.split()) for _ in range(3)]
    assert shown[0] == (
        "Hint 1 of 3: General: Read about constants (https://docs.python.org/3/tutorial/) first."
    )
    assert shown[2].startswith("Hint 3 of 3: 2. Work out the minutes left: Subtract with")
    assert "as in `times[i] - 1`." in shown[2]  # brackets are text, not terminal markup
    none = cli("hint", "greeting", "-w", "ws")
    assert none.returncode == 2 and "'greeting' has no hints" in none.stdout
    assert cli("check", "greeting", "-w", "ws").returncode == 1  # the starter
    solution = tmp_path / "pack" / "practice-easy" / "exercises" / "greeting" / ".meta"
    answer = (solution / "solution" / "greeting.py").read_text()
    (tmp_path / "ws" / "practice-easy" / "greeting" / "greeting.py").write_text(answer)
    passed = cli("check", "greeting", "-w", "ws")
    assert passed.returncode == 0, passed.stdout


def test_a_track_with_broken_parts_is_reported_file_by_file(cli: Cli, tmp_path: Path) -> None:
    track = build_track(tmp_path)
    break_track(track)
    done = cli("import", "exercism", str(track), "--out", "pack")
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert "Converted 4 exercise(s) of the Python track into 4 module(s)" in out
    assert "Not converted" in out
    for slug, (file, _field, words) in BROKEN.items():
        row = next((line for line in out.splitlines() if f" {slug} " in line), "")
        assert file in row and words in row, (slug, row)
    assert "status 'deprecated': deprecated upstream (left out)" in out
    assert "No hints (the track has no hints for them): greeting, tally, lengths" in out
    assert "prerequisite concept 'classes' is taught by no converted exercise" in out

    checked = cli("course", "check", "pack", "--workers", "2")
    assert checked.returncode == 0, checked.stdout  # what did convert is sound


def test_a_folder_that_is_no_track_is_one_line_and_exit_2(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = cli("import", "exercism", "empty")
    assert done.returncode == 2
    assert done.stdout.strip().splitlines() == [
        "error: empty/config.json: file is missing. Is this an Exercism track folder?"
    ]
