"""`course check` proves the quizzes of the lessons by running them in the real sandbox."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import Cli


def lesson_with(tmp_path: Path, test_pack: Path, quiz: str) -> tuple[Path, Path, int]:
    """A copy of the test pack with `quiz` appended to a lesson; the fence's line."""
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    lesson = pack / "arith" / "lessons" / "01-adding.md"
    before = lesson.read_text()
    lesson.write_text(before + "\n" + quiz)
    return pack, lesson, len(before.splitlines()) + 2


def test_the_test_pack_quizzes_are_proved(cli: Cli, test_pack: Path) -> None:
    report = json.loads(cli("course", "check", str(test_pack), "--json").stdout)
    assert report["ok"], report["problems"]
    assert report["quizzes"] == 3


def test_a_predict_snippet_that_raises_is_reported_at_its_fence(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    quiz = "```quiz predict\nitems = [1, 2]\nprint(items[2])\n```\n"
    pack, lesson, line = lesson_with(tmp_path, test_pack, quiz)
    result = cli("course", "check", str(pack), "--json")
    assert result.returncode == 1
    (problem,) = json.loads(result.stdout)["problems"]
    assert (problem["file"], problem["line"]) == (str(lesson), line)
    assert "predict quiz: the snippet raises" in problem["message"]
    assert "IndexError" in problem["message"]


def test_a_predict_snippet_that_prints_nothing_is_reported(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    pack, lesson, line = lesson_with(tmp_path, test_pack, "```quiz predict\nx = 1\n```\n")
    (problem,) = json.loads(cli("course", "check", str(pack), "--json").stdout)["problems"]
    assert (problem["file"], problem["line"]) == (str(lesson), line)
    assert "prints nothing" in problem["message"]


def test_a_parsons_solution_with_the_wrong_output_is_reported(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    quiz = (
        "```quiz parsons\n"
        'question = "Print the squares of 0, 1 and 2."\n'
        'solution = """\nfor n in range(3):\n    print(n * 2)\n"""\n'
        'expected = "0\\n1\\n4\\n"\n'
        "```\n"
    )
    pack, lesson, line = lesson_with(tmp_path, test_pack, quiz)
    result = cli("course", "check", str(pack))
    assert result.returncode == 1
    assert "parsons quiz: the solution prints" in " ".join(result.stdout.split())
    (problem,) = json.loads(cli("course", "check", str(pack), "--json").stdout)["problems"]
    assert (problem["file"], problem["line"]) == (str(lesson), line)
    assert problem["message"] == (
        "parsons quiz: the solution prints '0\\n2\\n4\\n', not its expected '0\\n1\\n4\\n'"
    )
