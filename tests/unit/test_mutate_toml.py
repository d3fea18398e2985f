"""`.meta/mutants.toml`: loaded into the exercise, every error with its file, line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pyascent.course import EquivalentMutant, load_course_partially, load_exercise_folder


@pytest.fixture
def adder(tmp_path: Path, test_pack: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(test_pack, target)
    return target / "arith" / "exercises" / "adder"


def write(exercise: Path, text: str) -> Path:
    path = exercise / ".meta" / "mutants.toml"
    path.write_text(text)
    return path


def test_equivalents_are_loaded_with_the_line_of_their_id(adder: Path) -> None:
    write(
        adder,
        "schema_version = 1\n\n"
        '[[equivalent]]\nid = "a1b2c3d4"\nreason = "Both orders give the same sum."\n\n'
        '[[equivalent]]\nreason = "The same line twice, second copy."\nid = "a1b2c3d4-2"\n',
    )
    exercise = load_exercise_folder(adder)
    assert exercise.equivalent_mutants == (
        EquivalentMutant("a1b2c3d4", "Both orders give the same sum.", 4),
        EquivalentMutant("a1b2c3d4-2", "The same line twice, second copy.", 9),
    )
    assert exercise.mutants_path == adder / ".meta" / "mutants.toml"


def test_no_file_means_no_equivalents(adder: Path) -> None:
    assert load_exercise_folder(adder).equivalent_mutants == ()


def test_schema_errors_name_file_line_and_field(adder: Path) -> None:
    path = write(
        adder,
        "schema_version = 1\n\n"
        '[[equivalent]]\nid = "a1b2c3d4"\nreason = "Fine, this one is well formed."\n\n'
        '[[equivalent]]\nid = "NOT-AN-ID"\nreason = "short"\ncolour = "blue"\n\n'
        '[[equivalent]]\nreason = "This entry forgot its id entirely."\n',
    )
    _, problems = load_course_partially(adder.parents[2])
    found = {(p.field, p.line): p for p in problems if p.file == path}
    assert set(found) == {
        ("equivalent[1].id", 8),
        ("equivalent[1].reason", 9),
        ("equivalent[1].colour", 10),
        ("equivalent[2].id", 12),
    }
    assert "should match pattern" in found[("equivalent[1].id", 8)].message
    assert "at least 10 characters" in found[("equivalent[1].reason", 9)].message
    assert "unknown field" in found[("equivalent[1].colour", 10)].message
    assert found[("equivalent[2].id", 12)].message == "required field is missing"


def test_a_mutant_listed_twice_and_bad_toml_are_refused(adder: Path) -> None:
    entry = '[[equivalent]]\nid = "a1b2c3d4"\nreason = "Both orders give the same sum."\n'
    path = write(adder, entry + "\n" + entry)
    _, problems = load_course_partially(adder.parents[2])
    (twice,) = [p for p in problems if p.file == path]
    assert (twice.line, twice.field) == (6, "equivalent[1].id")
    assert "listed twice" in twice.message

    write(adder, "schema_version = 1\n[[equivalent]\n")
    _, problems = load_course_partially(adder.parents[2])
    (broken,) = [p for p in problems if p.file == path]
    assert broken.line == 2 and "invalid TOML" in broken.message
