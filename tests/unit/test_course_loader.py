"""A malformed pack yields every problem at once, each with file, line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pyascent.course import (
    ContentError,
    coverage,
    load_course,
    load_course_partially,
    static_problems,
    topic_catalogue,
)


@pytest.fixture
def pack(tmp_path: Path, test_pack: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(test_pack, target)
    return target


def exercise_toml(pack: Path, name: str) -> Path:
    return pack / "arith" / "exercises" / name / "exercise.toml"


def test_sound_pack_loads(test_pack: Path) -> None:
    course = load_course(test_pack)
    assert [e.id for e in course.exercises()] == ["adder", "double", "toolkit", "echo"]
    assert course.exercise("double") is course.exercises()[1]
    assert course.modules[0].lessons[0].title == "Adding"
    assert static_problems(course, topic_catalogue()) == []


def test_bad_toml_names_the_line(pack: Path) -> None:
    path = exercise_toml(pack, "adder")
    path.write_text(path.read_text().replace('title = "Add two numbers"', 'title = "Add two'))
    with pytest.raises(ContentError) as caught:
        load_course(pack)
    (problem,) = caught.value.problems
    assert problem.file == path and problem.line == 3
    assert "invalid TOML" in problem.message


def test_schema_errors_name_line_and_field(pack: Path) -> None:
    path = exercise_toml(pack, "adder")
    text = path.read_text().replace("difficulty = 1", "difficulty = 9\nhint = []")
    path.write_text(text)
    _, problems = load_course_partially(pack)
    by_field = {p.field: p for p in problems}
    assert by_field["difficulty"].line == 5
    assert "less than or equal to 5" in by_field["difficulty"].message
    assert by_field["hint"].line == 6 and "unknown field" in by_field["hint"].message


def test_missing_files_and_every_problem_listed(pack: Path) -> None:
    (pack / "arith" / "exercises" / "adder" / ".meta" / "solution" / "adder.py").unlink()
    (pack / "arith" / "exercises" / "double" / "instructions.md").unlink()
    _, problems = load_course_partially(pack)
    messages = [str(p) for p in problems]
    assert any("solution/adder.py is missing" in m for m in messages)
    assert any("instructions.md: file is missing" in m for m in messages)


def test_unknown_topic_duplicate_id_and_cycle(pack: Path) -> None:
    adder = exercise_toml(pack, "adder")
    adder.write_text(
        adder.read_text().replace(
            'topics = ["basics.operators"]',
            'topics = ["basics.operators", "basics.nonsense"]\nprerequisites = ["double"]',
        )
    )
    copy = pack / "arith" / "exercises" / "copy"
    shutil.copytree(pack / "arith" / "exercises" / "double", copy)
    module = pack / "arith" / "module.toml"
    module.write_text(module.read_text().replace('"adder", "double"', '"adder", "double", "copy"'))
    course = load_course(pack)
    problems = static_problems(course, topic_catalogue())
    text = "\n".join(str(p) for p in problems)
    assert f"{adder}:4 [topics]: unknown topic id 'basics.nonsense'" in text
    assert "duplicate exercise id 'double'" in text
    assert "prerequisites form a cycle: adder -> double -> adder" in text


def test_unlisted_module_and_missing_module_folder(pack: Path) -> None:
    course_toml = pack / "course.toml"
    course_toml.write_text(course_toml.read_text().replace('["arith"]', '["arith", "ghost"]'))
    shutil.copytree(pack / "arith", pack / "extra")
    _, problems = load_course_partially(pack)
    text = "\n".join(str(p) for p in problems)
    assert "module folder 'ghost' does not exist" in text
    assert "module folder 'extra' is not listed" in text


def test_mistake_needs_an_expectation(pack: Path) -> None:
    toml = pack / "arith" / "exercises" / "double" / ".meta" / "mistakes" / "square.toml"
    toml.write_text('description = "x"\n')
    _, problems = load_course_partially(pack)
    assert any("set expect_message" in p.message and p.file == toml for p in problems)


def test_front_matter_errors_point_into_the_lesson(pack: Path) -> None:
    lesson = pack / "arith" / "lessons" / "01-adding.md"
    lesson.write_text('+++\ntopics = ["basics.operators"]\ntitel = "x"\n+++\n# Adding\n')
    _, problems = load_course_partially(pack)
    (problem,) = problems
    assert problem.file == lesson and problem.line == 3 and problem.field == "titel"


def test_coverage_counts_lessons_and_exercises(test_pack: Path) -> None:
    report = coverage(load_course(test_pack), topic_catalogue())
    assert report.by_lessons == {"basics.operators"} == report.by_exercises
    assert "basics.strings" in report.uncovered and "basics.operators" not in report.uncovered
    assert report.total == len(topic_catalogue().topics) == 153


def test_exercises_where_the_learner_writes_tests_are_checked(tmp_path: Path) -> None:
    """kind = "tests": test files only, a subject in the starter, bugs with descriptions."""
    from pyascent.course import load_exercise_folder
    from tests.conftest import GOLDEN

    folder = tmp_path / "clamp-tests"
    shutil.copytree(GOLDEN / "learner_tests" / "clamp-tests", folder)
    exercise = load_exercise_folder(folder)
    assert exercise.writes_tests and exercise.subject == ("clamp.py",)
    assert [b.name for b in exercise.bugs] == ["no_range_check", "swapped_ends"]
    assert all(b.file == "clamp.py" and b.description for b in exercise.bugs)

    def problems() -> list[str]:
        with pytest.raises(ContentError) as caught:
            load_exercise_folder(folder)
        return [str(p) for p in caught.value.problems]

    toml = folder / "exercise.toml"
    original = toml.read_text()
    toml.write_text(original.replace('files = ["test_clamp.py"]', 'files = ["clamp_tests.py"]'))
    assert any("rename 'clamp_tests.py' to test_clamp_tests.py" in p for p in problems())
    toml.write_text(original.replace('subject = ["clamp.py"]\n', ""))
    assert any("lists its subject files" in p for p in problems())
    toml.write_text(original)
    bug = folder / ".meta" / "bugs" / "swapped_ends.toml"
    bug.write_text('description = "x"\nfile = "other.py"\n')
    assert f"{bug} [file]: 'other.py' is not a subject file of this exercise" in problems()
    bug.write_text('description = "x"\n')
    broken = folder / ".meta" / "bugs" / "swapped_ends.py"
    broken.write_text("def clamp(value, low, high)\n    return value\n")
    assert any(p.startswith(f"{broken}:1: this bug does not compile") for p in problems()), (
        problems()
    )
    shutil.rmtree(folder / ".meta" / "bugs")
    assert any("needs at least one broken subject in .meta/bugs" in p for p in problems())
