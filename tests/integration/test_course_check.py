"""`pyascent course check` through the real CLI and the real grader."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from pyascent.course import load_course, topic_catalogue
from tests.conftest import Cli


def test_sound_pack_passes_with_coverage(cli: Cli, test_pack: Path) -> None:
    result = cli("course", "check", str(test_pack), "--json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["ok"] and report["problems"] == []
    assert report["exercises"] == 4
    assert report["checks"] == 9  # 4 solutions, 4 starters, 1 mistake
    assert report["coverage"]["by_exercises"] == ["basics.operators"]


def test_every_defect_is_listed_with_file_and_line(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    ex = pack / "arith" / "exercises"
    # a solution that fails, a starter that passes, a mistake that passes, a bad topic
    (ex / "adder" / ".meta" / "solution" / "adder.py").write_text("def add(a, b):\n    return 0\n")
    (ex / "double" / "starter" / "double.py").write_text("def double(n):\n    return 2 * n\n")
    (ex / "double" / ".meta" / "mistakes" / "square.py").write_text(
        "def double(n):\n    return n + n\n"
    )
    toml = ex / "double" / "exercise.toml"
    toml.write_text(toml.read_text().replace('"basics.operators"', '"basics.operatorz"'))

    result = cli("course", "check", str(pack))
    assert result.returncode == 1
    out = " ".join(result.stdout.split())
    assert "4 problem(s)" in out
    assert "reference solution does not pass" in out
    assert "starter passes the tests" in out
    assert "this wrong program passes every test" in out
    assert "exercise.toml:4 [topics]: unknown topic id 'basics.operatorz'" in out


def test_mistake_with_the_wrong_message_is_a_defect(
    cli: Cli, test_pack: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    toml = pack / "arith" / "exercises" / "double" / ".meta" / "mistakes" / "square.toml"
    toml.write_text('description = "x"\nexpect_message = "a message nobody writes"\n')
    report = json.loads(cli("course", "check", str(pack), "--json").stdout)
    (problem,) = report["problems"]
    assert problem["field"] == "expect_message"
    assert "double(3) should return 6" in problem["message"]


def test_broken_toml_still_reports_and_exits_1(cli: Cli, test_pack: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(test_pack, pack)
    (pack / "course.toml").write_text("schema_version = 1\nid = \n")
    result = cli("course", "check", str(pack))
    assert result.returncode == 1
    assert "course.toml:2: invalid TOML" in " ".join(result.stdout.split())
    assert "Traceback" not in result.stdout + result.stderr


def test_builtin_course_is_sound(cli: Cli) -> None:
    result = cli("course", "check", "--json", timeout=1800)  # 221 exercises, 2 cores
    report = json.loads(result.stdout)
    assert report["problems"] == [], report["problems"]
    assert result.returncode == 0
    for phase in (1, 2, 3, 4):
        ids = {t.id for t in topic_catalogue().topics if t.phase == phase}
        assert ids <= set(report["coverage"]["by_exercises"]), phase
        assert ids <= set(report["coverage"]["by_lessons"]), phase


def test_builtin_beginner_phase_meets_the_bar(builtin_path: Path) -> None:
    course = load_course(builtin_path)
    beginner = [m for m in course.modules if m.phase == 1]
    assert [m.id for m in beginner] == [
        "basics",
        "control-flow",
        "data-structures",
        "functions",
        "errors-and-files",
        "modules-and-stdlib",
    ]
    assert sum(len(m.exercises) for m in beginner) >= 48
    for module in beginner:
        assert len(module.exercises) >= 8, module.id
        assert 2 <= len(module.lessons) <= 5, module.id
        assert len(module.flashcards) >= 5, module.id
        assert 3 <= len(module.reading) <= 5, module.id
        assert module.cheatsheet, module.id
        for exercise in module.exercises:
            assert len(exercise.hints) == 3, exercise.id
            assert exercise.mistakes, exercise.id


PHASE_TWO = [
    "oop",
    "iteration",
    "decorators-and-context",
    "typing-and-validation",
    "testing-and-debugging",
    "concurrency",
]


def test_builtin_intermediate_phase_meets_the_bar(builtin_path: Path) -> None:
    course = load_course(builtin_path)
    intermediate = [m for m in course.modules if m.phase == 2]
    assert [m.id for m in intermediate] == [*PHASE_TWO, "capstone-rest-client"]
    assert sum(len(m.exercises) for m in intermediate) >= 48
    for module in intermediate:
        assert module.lessons and module.cheatsheet and len(module.flashcards) >= 5, module.id
        assert 3 <= len(module.reading) <= 5, module.id
        if module.id in PHASE_TWO:
            assert len(module.exercises) >= 8, module.id
            assert 2 <= len(module.lessons) <= 5, module.id
        for exercise in module.exercises:
            assert len(exercise.hints) == 3, exercise.id
            assert exercise.mistakes, exercise.id
    by_id = {m.id: m for m in intermediate}
    written_tests = [e for e in by_id["testing-and-debugging"].exercises if e.writes_tests]
    assert len(written_tests) >= 5 and all(e.bugs for e in written_tests)
    typed = [e for e in by_id["typing-and-validation"].exercises if e.typecheck == "strict"]
    assert len(typed) >= 4


PHASE_THREE = [
    "internals",
    "memory",
    "advanced-patterns",
    "performance",
    "data-science",
    "machine-learning",
]


def test_builtin_advanced_phase_meets_the_bar(builtin_path: Path) -> None:
    course = load_course(builtin_path)
    advanced = [m for m in course.modules if m.phase == 3]
    assert [m.id for m in advanced] == PHASE_THREE
    assert sum(len(m.exercises) for m in advanced) >= 48
    for module in advanced:
        assert module.lessons and module.cheatsheet and len(module.flashcards) >= 5, module.id
        assert 3 <= len(module.reading) <= 5, module.id
        assert len(module.exercises) >= 8, module.id
        assert 3 <= len(module.lessons) <= 5, module.id
        for exercise in module.exercises:
            assert len(exercise.hints) == 3, exercise.id
            assert exercise.mistakes, exercise.id
    # The internals and memory lessons open the explorer on its views.
    with_views = [lesson for m in advanced for lesson in m.lessons if lesson.explorer_views]
    assert len(with_views) >= 6, [lesson.slug for lesson in with_views]
    views = {v for m in advanced[:2] for lesson in m.lessons for v in lesson.explorer_views}
    assert {"bytecode", "gc"} <= views, views
    # Performance is graded by measured speed: the tests time the learner's code.
    by_id = {m.id: m for m in advanced}
    timed = [
        e
        for e in by_id["performance"].exercises
        if any("timed" in t.read_text("utf-8") for t in e.tests_dir.glob("test_*.py"))
    ]
    assert len(timed) >= 6, [e.id for e in timed]
    # Each exercise says what it imports, so a missing package names its extra.
    needs = {p for m in advanced[3:] for e in m.exercises for p in e.requires}
    assert {"numpy", "pandas", "matplotlib", "scipy", "sklearn", "torch"} <= needs, needs
    # Single-process only where the tests must share the learner's process: refcounts of
    # the tests' own objects, registries of subclasses, races between the tests' threads.
    few = [e.id for m in advanced for e in m.exercises if e.mode == "single-process"]
    assert len(few) <= 5, few


PHASE_FOUR = ["llms-and-genai", "agentic-ai", "web-backend", "production"]
CAPSTONES_FOUR = ["capstone-async-service", "capstone-typed-library"]
_URL = re.compile(r"\b(?:https?|wss?|ftp)://([A-Za-z0-9.\-\[\]:]+)")
_LOCAL = ("127.0.0.1", "localhost", "[::1]")
_RESERVED = (".example", ".test", ".invalid")  # RFC 2606 names: never resolve (MockTransport)
_AS_TEXT = {"pypi.org"}  # a requirements file's --index-url line that a test parses as text


def test_builtin_architect_phase_meets_the_bar(builtin_path: Path) -> None:
    course = load_course(builtin_path)
    architect = [m for m in course.modules if m.phase == 4]
    assert [m.id for m in architect] == [*PHASE_FOUR, *CAPSTONES_FOUR]
    assert sum(len(m.exercises) for m in architect) >= 48
    for module in architect:
        assert module.lessons and module.cheatsheet and len(module.flashcards) >= 5, module.id
        assert 3 <= len(module.reading) <= 5, module.id
        if module.id in PHASE_FOUR:
            assert len(module.exercises) >= 8, module.id
            assert 3 <= len(module.lessons) <= 5, module.id
        for exercise in module.exercises:
            assert len(exercise.hints) == 3, exercise.id
            assert exercise.mistakes, exercise.id
    # One capstone per level across the course: the first is the beginner phase's last
    # exercise, the others are modules of their own.
    capstones = [m.id for m in course.modules if m.id.startswith("capstone-")]
    assert capstones == ["capstone-rest-client", *CAPSTONES_FOUR]
    first = next(m for m in course.modules if m.id == "modules-and-stdlib")
    assert first.exercises[-1].id == "csv-summary"


def test_the_architect_phase_touches_no_network_but_loopback(builtin_path: Path) -> None:
    """The sandbox has no network; the content must not even try: every address in the
    code of phase 4 (starters, solutions, tests, mistakes, lessons' examples) is local."""
    course = load_course(builtin_path)
    foreign = []
    for module in (m for m in course.modules if m.phase == 4):
        folder = builtin_path / module.id
        for path in [*folder.rglob("*.py"), *(folder / "lessons").glob("*.md")]:
            text = path.read_text("utf-8")
            if path.suffix == ".md":  # what runs: the examples, not the prose's links
                text = "\n".join(re.findall(r"```python run[^\n]*\n(.*?)```", text, flags=re.S))
            for host in _URL.findall(text):
                name = host.split(":")[0]
                if name not in _LOCAL and not name.endswith(_RESERVED) and name not in _AS_TEXT:
                    foreign.append(f"{path.relative_to(builtin_path)}: {host}")
    assert not foreign, foreign
