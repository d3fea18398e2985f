"""Mutation analysis through the real CLI and the real sandbox, on tiny packs."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

from tests.conftest import Cli

SOLUTION = '''\
def clip(value, low=0, high=10):
    """Keep value between low and high."""
    if value < low:
        return low
    if value > high:
        return high
    return value
'''
# Weak: every call passes low and high, so a changed default goes unnoticed.
WEAK_TESTS = """\
from clip import clip


def test_inside():
    assert clip(5, 0, 10) == 5


def test_below():
    assert clip(-3, 0, 10) == 0


def test_above():
    assert clip(12, 0, 10) == 10
"""
STRONG_TESTS = (
    WEAK_TESTS
    + """

def test_defaults():
    assert clip(-1) == 0
    assert clip(12) == 10
"""
)


def make_pack(root: Path, tests: str, mutants_toml: str | None = None) -> Path:
    """A pack with one module and one exercise, `clip`."""
    files = {
        "course.toml": 'schema_version = 1\nid = "tiny"\ntitle = "Tiny"\nmodules = ["m"]\n',
        "m/module.toml": (
            'id = "m"\ntitle = "M"\nphase = 1\nweeks = [1]\nsummary = "One exercise."\n'
        ),
        "m/exercises/clip/exercise.toml": textwrap.dedent(
            """\
            schema_version = 1
            id = "clip"
            title = "Clip a value"
            topics = ["basics.operators"]
            difficulty = 1
            files = ["clip.py"]
            hints = ["Compare value with low first."]

            [limits]
            wall_seconds = 5
            """
        ),
        "m/exercises/clip/instructions.md": "Write `clip(value, low=0, high=10)`.\n",
        "m/exercises/clip/starter/clip.py": "def clip(value, low=0, high=10):\n    pass\n",
        "m/exercises/clip/.meta/solution/clip.py": SOLUTION,
        "m/exercises/clip/.meta/tests/test_clip.py": tests,
    }
    if mutants_toml is not None:
        files["m/exercises/clip/.meta/mutants.toml"] = mutants_toml
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def exercise_of(pack: Path) -> Path:
    return pack / "m" / "exercises" / "clip"


def mutants_json(cli: Cli, folder: Path, *flags: str) -> tuple[int, dict[str, object]]:
    result = cli("mutants", str(folder), "--json", *flags)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return result.returncode, json.loads(result.stdout)


# `value < low` -> `value <= low` and `value > high` -> `value >= high` return the same
# number when value equals the bound: true equivalents. Their ids, as `pyascent mutants`
# prints them, are found by description so that the test does not hard-code hashes.
def boundary_ids(report: dict[str, object]) -> list[str]:
    survivors = report["survivors"]
    assert isinstance(survivors, list)
    return [s["id"] for s in survivors if s["operator"] == "boundary"]


def test_golden_adder_tests_kill_every_mutant(cli: Cli, test_pack: Path) -> None:
    code, report = mutants_json(cli, test_pack / "arith" / "exercises" / "adder")
    assert code == 0
    assert report["mutants"] == {"total": 2, "killed": 2, "survived": 0, "equivalent": 0}
    assert report["survivors"] == [] and report["ok"] is True and report["score"] == 100.0


def test_weak_tests_let_mutants_survive_as_readable_diffs(cli: Cli, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "pack", WEAK_TESTS)
    code, report = mutants_json(cli, exercise_of(pack))
    assert code == 1 and report["ok"] is False
    counts = report["mutants"]
    assert isinstance(counts, dict)
    assert counts["survived"] == 6  # four changed defaults, two equivalent boundaries
    assert counts["total"] == counts["killed"] + counts["survived"]
    survivors = report["survivors"]
    assert isinstance(survivors, list)
    defaults = [s for s in survivors if s["operator"] == "default"]
    assert {s["description"] for s in defaults} == {
        "0 becomes 1",
        "0 becomes -1",
        "10 becomes 11",
        "10 becomes 9",
    }
    first = defaults[0]
    assert first["file"] == "clip.py" and first["line"] == 1
    assert "-def clip(value, low=0, high=10):\n+def clip(value, low=1, high=10):\n" in first["diff"]
    problems = report["problems"]
    assert isinstance(problems, list) and len(problems) == 6
    assert all(p["file"].endswith(".meta/solution/clip.py") for p in problems)

    human = cli("mutants", str(exercise_of(pack)))
    assert human.returncode == 1
    assert "6 survived" in human.stdout
    assert "+def clip(value, low=1, high=10):" in human.stdout


def test_min_score_lets_a_pack_choose_its_bar(cli: Cli, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "pack", WEAK_TESTS)
    code, report = mutants_json(cli, exercise_of(pack), "--min-score", "50")
    assert code == 0 and report["ok"] is True
    assert isinstance(report["score"], float) and 50 <= report["score"] < 100
    assert len(report["survivors"]) == 6  # type: ignore[arg-type]


def test_declared_equivalents_pass_the_gate(cli: Cli, tmp_path: Path) -> None:
    probe = make_pack(tmp_path / "probe", STRONG_TESTS)
    code, report = mutants_json(cli, exercise_of(probe))
    assert code == 1
    ids = boundary_ids(report)
    assert len(ids) == 2 and len(report["survivors"]) == 2  # type: ignore[arg-type]

    entries = "".join(
        f'\n[[equivalent]]\nid = "{i}"\nreason = "At the bound both return the bound."\n'
        for i in ids
    )
    pack = make_pack(tmp_path / "pack", STRONG_TESTS, "schema_version = 1\n" + entries)
    code, report = mutants_json(cli, exercise_of(pack))
    assert code == 0, report["problems"]
    counts = report["mutants"]
    assert isinstance(counts, dict)
    assert counts["survived"] == 0 and counts["equivalent"] == 2
    assert counts["total"] == counts["killed"] + 2
    assert report["equivalent"] == [
        {"id": i, "reason": "At the bound both return the bound."} for i in ids
    ]


def test_stale_and_killed_equivalents_are_defects_with_file_line_field(
    cli: Cli, tmp_path: Path
) -> None:
    probe = make_pack(tmp_path / "probe", STRONG_TESTS)
    _, report = mutants_json(cli, exercise_of(probe))
    first, second = boundary_ids(report)
    # "low=0 becomes low=1" survives the weak tests and is killed by the strong ones.
    weak = make_pack(tmp_path / "weak", WEAK_TESTS)
    _, weak_report = mutants_json(cli, exercise_of(weak))
    default_id = next(
        s["id"]
        for s in weak_report["survivors"]  # type: ignore[attr-defined]
        if s["description"] == "0 becomes 1"
    )
    toml = (
        "schema_version = 1\n\n"
        f'[[equivalent]]\nid = "{first}"\nreason = "At the bound both return the bound."\n\n'
        f'[[equivalent]]\nid = "{second}"\nreason = "At the bound both return the bound."\n\n'
        '[[equivalent]]\nid = "0badc0de"\nreason = "A mutant that no longer exists."\n\n'
        f'[[equivalent]]\nid = "{default_id}"\nreason = "Claimed equivalent, but it is not."\n'
    )
    pack = make_pack(tmp_path / "pack", STRONG_TESTS, toml)
    code, report = mutants_json(cli, exercise_of(pack))
    assert code == 1
    problems = {p["line"]: p for p in report["problems"]}  # type: ignore[attr-defined]
    assert set(problems) == {12, 16}
    assert problems[12]["field"] == "equivalent[2].id"
    assert "no mutant 0badc0de any more" in problems[12]["message"]
    assert problems[16]["field"] == "equivalent[3].id"
    assert "is killed by the tests" in problems[16]["message"]
    assert all(p["file"].endswith(".meta/mutants.toml") for p in problems.values())


def test_a_folder_that_is_not_an_exercise_is_bad_usage(cli: Cli, tmp_path: Path) -> None:
    result = cli("mutants", str(tmp_path))
    assert result.returncode == 2
    assert "exercise.toml: file is missing" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_course_check_mutants_is_the_gate(cli: Cli, tmp_path: Path, test_pack: Path) -> None:
    weak = make_pack(tmp_path / "weak", WEAK_TESTS)
    result = cli("course", "check", str(weak), "--mutants", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    (exercise,) = report["mutants"]["exercises"]
    assert exercise["exercise"] == "clip"
    assert exercise["mutants"]["survived"] == 6
    assert report["mutants"]["survived"] == 6
    assert {"total", "killed", "survived", "equivalent"} <= set(report["mutants"])
    assert len(exercise["survivors"]) == 6 and all(s["diff"] for s in exercise["survivors"])

    shutil.rmtree(tmp_path / "weak")
    fine = make_pack(tmp_path / "fine", WEAK_TESTS)
    result = cli("course", "check", str(fine), "--mutants", "--min-score", "50")
    assert result.returncode == 0, result.stdout
    assert "Mutants: " in result.stdout and "6 survived" in result.stdout

    plain = cli("course", "check", str(fine), "--json")
    assert plain.returncode == 0 and "mutants" not in json.loads(plain.stdout)


def test_a_broken_exercise_does_not_stop_the_others_mutants(cli: Cli, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "pack", STRONG_TESTS)
    broken = pack / "m" / "exercises" / "broken"
    broken.mkdir()
    (broken / "instructions.md").write_text("No exercise.toml here.\n")
    result = cli("course", "check", str(pack), "--mutants", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert any(p["file"].endswith("broken/exercise.toml") for p in report["problems"])
    (exercise,) = report["mutants"]["exercises"]
    assert exercise["exercise"] == "clip" and exercise["mutants"]["total"] > 0
