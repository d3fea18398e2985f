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


def test_answers_are_recorded_and_an_edit_that_changes_one_fails_the_check(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    quiz = "```quiz predict\nprint(sorted([3, 1, 2]))\n```\n"
    pack, lesson, line = lesson_with(tmp_path, test_pack, quiz)
    (problem,) = json.loads(cli("course", "check", str(pack), "--json").stdout)["problems"]
    assert (problem["file"], problem["line"]) == (str(lesson), line)
    assert "its answer ('[1, 2, 3]\\n') is not recorded yet" in problem["message"]
    assert "pyascent course check --record-answers" in problem["message"]

    recorded = cli("course", "check", str(pack), "--record-answers")
    assert recorded.returncode == 0, recorded.stdout
    assert "Recorded 2 quiz answer(s)" in " ".join(recorded.stdout.split())
    answers = (pack / "arith" / "quiz-answers.toml").read_text()
    assert "[1, 2, 3]" in answers
    assert cli("course", "check", str(pack)).returncode == 0

    lesson.write_text(lesson.read_text().replace("[3, 1, 2]", "[3, 1, 2], reverse=True"))
    result = cli("course", "check", str(pack), "--json")
    assert result.returncode == 1
    (problem,) = json.loads(result.stdout)["problems"]
    assert (problem["file"], problem["line"]) == (str(lesson), line)
    assert problem["message"].startswith(
        "predict quiz: the snippet changed since its answer was recorded, and the answer "
        "with it: recorded '[1, 2, 3]\\n', now it prints '[3, 2, 1]\\n'"
    )


def test_a_recorded_answer_that_no_longer_matches_its_code_fails(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    """A hand-edited record (or a Python whose output differs) is caught, not trusted."""
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    answers = pack / "arith" / "quiz-answers.toml"
    text = answers.read_text()
    output_start = text.index("output = ")
    answers.write_text(text[:output_start] + 'output = "something else\\n"\n')
    (problem,) = json.loads(cli("course", "check", str(pack), "--json").stdout)["problems"]
    assert (
        "no longer prints its recorded answer: recorded 'something else\\n'" in (problem["message"])
    )


def test_a_record_without_its_quiz_is_reported_at_its_line(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    answers = pack / "arith" / "quiz-answers.toml"
    stale = '\n[[answer]]\nquiz = "arith.adding.9"\ncode_sha256 = "' + "0" * 64 + '"\n'
    answers.write_text(answers.read_text() + stale + 'output = "1\\n"\n')
    line = len(answers.read_text().splitlines()) - 3
    (problem,) = json.loads(cli("course", "check", str(pack), "--json").stdout)["problems"]
    assert (problem["file"], problem["line"]) == (str(answers), line)
    assert "quiz 'arith.adding.9', which does not exist" in problem["message"]


def test_a_malformed_answers_file_names_its_line_and_field(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    answers = pack / "arith" / "quiz-answers.toml"
    answers.write_text(answers.read_text().replace("code_sha256 = ", "code_sha = ", 1))
    result = cli("course", "check", str(pack))
    assert result.returncode == 1
    text = " ".join(result.stdout.split())
    assert "quiz-answers.toml" in text and "unknown field 'answer[0].code_sha'" in text
    assert "Traceback" not in result.stdout + result.stderr
