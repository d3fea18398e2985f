"""The Exercism importer without the grader: reading a track, planning, writing the pack.

Tracks are built here, in Exercism's documented layout, with tiny exercises of our own:
nothing of Exercism's is in this repository. `tests/integration/test_exercism_import.py`
uses the same builders and proves the converted pack with the real grader.

Over 400 lines on purpose: one test per way a track can be broken, each beside the small
track it builds, so a reader finds the case and its data together.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pyascent.course import load_course
from pyascent.services import ServiceError, import_exercism

HINTS = """\
# Hints

## General

- Read about [constants][constants] first.

## 1. Say how long the oven preheats

- Give the constant a [whole number][int] value,
  not a string.

## 2. Work out the minutes left

- Subtract with `-` and [return][return] the result, as in `times[i] - 1`.

[constants]: https://docs.python.org/3/tutorial/
[int]: https://docs.python.org/3/library/functions.html#int
[return]: https://docs.python.org/3/reference/simple_stmts.html#return
"""

OVEN_TEST = """\
import unittest

import pytest

from oven import PREHEAT_MINUTES, minutes_left


class OvenTest(unittest.TestCase):
    @pytest.mark.task(taskno=1)
    def test_preheat(self):
        self.assertEqual(PREHEAT_MINUTES, 15, msg="PREHEAT_MINUTES should be 15")

    @pytest.mark.task(taskno=2)
    def test_minutes_left(self):
        for elapsed in (0, 4, 15):
            with self.subTest(elapsed=elapsed):
                self.assertEqual(minutes_left(elapsed), 15 - elapsed)
"""

GREETING_TEST = """\
import unittest

from greeting import greet
from greeting_cases import NAMES


class GreetingTest(unittest.TestCase):
    def test_no_name(self):
        self.assertEqual(greet(), "One for you, one for me.")

    def test_names(self):
        for name in NAMES:
            with self.subTest(name=name):
                self.assertEqual(greet(name), f"One for {name}, one for me.")
"""

TALLY_TEST = """\
import unittest

from tally import Tally


class TallyTest(unittest.TestCase):
    def test_starts_at_zero(self):
        self.assertEqual(Tally().total, 0)

    def test_counts(self):
        tally = Tally()
        tally.add(3)
        tally.add(4)
        self.assertEqual(tally.total, 7)

    def test_negative_is_refused(self):
        with self.assertRaises(ValueError):
            Tally().add(-1)
"""

TALLY = """\
class Tally:
    def __init__(self):
        self.total = 0

    def add(self, amount):
        if amount < 0:
            raise ValueError("amounts are never negative")
        self.total += amount
"""

LENGTHS_TEST = """\
import unittest

from lengths import to_cm
from units import CM_PER_INCH


class LengthsTest(unittest.TestCase):
    def test_one_inch(self):
        self.assertEqual(to_cm(1), CM_PER_INCH)

    def test_ten_inches(self):
        self.assertAlmostEqual(to_cm(10), 25.4)
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def add_exercise(
    track: Path,
    kind: str,
    slug: str,
    files: dict[str, str],
    meta_files: dict[str, Any],
    docs: dict[str, str] | None = None,
) -> Path:
    """An exercise folder: its files, `.meta/config.json` and `.docs/` Markdown."""
    folder = track / "exercises" / kind / slug
    for name, text in files.items():
        write(folder / name, text)
    meta = {"authors": ["pyascent-tests"], "files": meta_files, "blurb": slug}
    write(folder / ".meta" / "config.json", json.dumps(meta, indent=2))
    for name, text in (docs or {"instructions.md": f"# Instructions\n\nSolve {slug}.\n"}).items():
        write(folder / ".docs" / name, text)
    return folder


def build_track(root: Path) -> Path:
    """A small sound track: a concept exercise with hints, a two-fer style function, a class,
    an exercise whose helper file both the tests and the solution import, a deprecated one."""
    track = root / "track"
    config = {
        "language": "Python",
        "slug": "python",
        "active": True,
        "version": 3,
        "concepts": [
            {"uuid": "c1", "slug": "basics", "name": "Basics"},
            {"uuid": "c2", "slug": "classes", "name": "Classes"},
        ],
        "exercises": {
            "concept": [
                {
                    "uuid": "e1",
                    "slug": "oven-timer",
                    "name": "Oven Timer",
                    "concepts": ["basics"],
                    "prerequisites": [],
                    "status": "beta",
                }
            ],
            "practice": [
                {
                    "uuid": "e2",
                    "slug": "greeting",
                    "name": "Greeting",
                    "practices": ["strings"],
                    "prerequisites": ["basics"],
                    "difficulty": 1,
                },
                {
                    "uuid": "e3",
                    "slug": "tally",
                    "name": "Tally",
                    "practices": ["classes"],
                    "prerequisites": ["basics", "classes"],
                    "difficulty": 4,
                },
                {
                    "uuid": "e4",
                    "slug": "lengths",
                    "name": "Lengths",
                    "practices": [],
                    "prerequisites": ["basics"],
                    "difficulty": 8,
                },
                {
                    "uuid": "e5",
                    "slug": "old-one",
                    "name": "Old One",
                    "practices": [],
                    "prerequisites": [],
                    "difficulty": 2,
                    "status": "deprecated",
                },
            ],
        },
    }
    write(track / "config.json", json.dumps(config, indent=2))
    write(track / "LICENSE", "MIT License (a stand-in for the track's own)\n")
    add_exercise(
        track,
        "concept",
        "oven-timer",
        {
            "oven.py": "PREHEAT_MINUTES = 0\n\n\ndef minutes_left(elapsed):\n    pass\n",
            ".meta/exemplar.py": (
                "PREHEAT_MINUTES = 15\n\n\ndef minutes_left(elapsed):\n"
                "    return PREHEAT_MINUTES - elapsed\n"
            ),
            "oven_test.py": OVEN_TEST,
        },
        {"solution": ["oven.py"], "test": ["oven_test.py"], "exemplar": [".meta/exemplar.py"]},
        {
            "introduction.md": "# Introduction\n\nNames hold values.\n",
            "instructions.md": "# Instructions\n\nTime the oven.\n",
            "hints.md": HINTS,
        },
    )
    add_exercise(
        track,
        "practice",
        "greeting",
        {
            "greeting.py": "def greet(name):\n    pass\n",
            ".meta/example.py": (
                'def greet(name="you"):\n    return f"One for {name}, one for me."\n'
            ),
            "greeting_test.py": GREETING_TEST,
            "greeting_cases.py": 'NAMES = ["Ada", "Grace"]\n',  # a helper the test imports
        },
        {
            "solution": ["greeting.py"],
            "test": ["greeting_test.py", "greeting_cases.py"],
            "example": [".meta/example.py"],
        },
        {
            "instructions.md": "# Instructions\n\nShare a cookie.\n",
            "instructions.append.md": "# Instructions append\n\nThe name defaults to you.\n",
        },
    )
    add_exercise(
        track,
        "practice",
        "tally",
        {
            "tally.py": "class Tally:\n    pass\n",
            ".meta/example.py": TALLY,
            "tally_test.py": TALLY_TEST,
        },
        {"solution": ["tally.py"], "test": ["tally_test.py"], "example": [".meta/example.py"]},
    )
    add_exercise(
        track,
        "practice",
        "lengths",
        {
            "lengths.py": "from units import CM_PER_INCH\n\n\ndef to_cm(inches):\n    pass\n",
            ".meta/example.py": (
                "from units import CM_PER_INCH\n\n\ndef to_cm(inches):\n"
                "    return inches * CM_PER_INCH\n"
            ),
            "units.py": "CM_PER_INCH = 2.54\n",
            "lengths_test.py": LENGTHS_TEST,
        },
        {
            "solution": ["lengths.py"],
            "test": ["lengths_test.py"],
            "example": [".meta/example.py"],
            "editor": ["units.py"],
        },
    )
    return track


def break_track(track: Path) -> None:
    """Add broken parts to a sound track: each must be reported, the rest must convert."""
    config = json.loads((track / "config.json").read_text())
    practice = config["exercises"]["practice"]

    def entry(slug: str, **extra: Any) -> None:
        practice.append(
            {
                "uuid": slug,
                "slug": slug,
                "name": slug.title(),
                "practices": [],
                "prerequisites": [],
                "difficulty": 3,
                **extra,
            }
        )

    stub = {"sol.py": "def f():\n    pass\n", ".meta/example.py": "def f():\n    return 1\n"}
    good_files = {"solution": ["sol.py"], "test": ["sol_test.py"], "example": [".meta/example.py"]}
    test = {"sol_test.py": "from sol import f\n\n\ndef test_f():\n    assert f() == 1\n"}

    entry("missing-test")
    add_exercise(track, "practice", "missing-test", stub, good_files)
    entry("bad-json")
    folder = add_exercise(track, "practice", "bad-json", {**stub, **test}, good_files)
    write(folder / ".meta" / "config.json", '{"files": {"solution": ["sol.py"],}\n')
    entry("missing-example")
    add_exercise(
        track, "practice", "missing-example", {"sol.py": stub["sol.py"], **test}, good_files
    )
    entry("no-instructions")
    add_exercise(
        track, "practice", "no-instructions", {**stub, **test}, good_files, {"hints.md": "- x\n"}
    )
    entry("not-python")
    add_exercise(
        track,
        "practice",
        "not-python",
        {"sol.js": "", "sol.spec.js": "", ".meta/proof.js": ""},
        {"solution": ["sol.js"], "test": ["sol.spec.js"], "example": [".meta/proof.js"]},
    )
    entry("escapes")
    add_exercise(
        track,
        "practice",
        "escapes",
        {**stub, **test},
        {**good_files, "solution": ["../greeting/greeting.py"]},
    )
    entry("no-meta")
    write(track / "exercises" / "practice" / "no-meta" / "sol.py", stub["sol.py"])
    entry("ghost")
    entry("hard-words", difficulty="hard")
    entry("odd-status", status=["beta"])
    entry("nul-name")
    add_exercise(
        track, "practice", "nul-name", {**stub, **test}, {**good_files, "test": ["sol\0_test.py"]}
    )
    add_exercise(track, "practice", "stray", {**stub, **test}, good_files)
    write(track / "config.json", json.dumps(config, indent=2))


BROKEN = {  # exercise -> (file, field, words of the reason)
    "missing-test": ("exercises/practice/missing-test/sol_test.py", "files.test", "missing"),
    "bad-json": ("exercises/practice/bad-json/.meta/config.json", None, "invalid JSON at line 1"),
    "missing-example": (
        "exercises/practice/missing-example/.meta/example.py",
        "files.example",
        "missing",
    ),
    "no-instructions": (
        "exercises/practice/no-instructions/.docs/instructions.md",
        None,
        "missing",
    ),
    "not-python": (
        "exercises/practice/not-python/.meta/config.json",
        "files.solution",
        "not a Python file",
    ),
    "escapes": ("exercises/practice/escapes/.meta/config.json", "files.solution", "outside"),
    "no-meta": ("exercises/practice/no-meta/.meta/config.json", None, "file is missing"),
    "ghost": ("exercises/practice/ghost", None, "exercise folder is missing"),
    "hard-words": ("config.json", "exercises.practice[12].difficulty", "whole number 1-10"),
    "odd-status": ("config.json", "exercises.practice[13].status", "expected a string"),
    "nul-name": ("exercises/practice/nul-name/.meta/config.json", "files.test", "not a file name"),
    "stray": ("exercises/practice/stray", None, "not listed in config.json"),
}


def pack_toml(pack: Path, *parts: str) -> dict[str, Any]:
    return tomllib.loads((pack.joinpath(*parts)).read_text(encoding="utf-8"))


def test_a_sound_track_converts_every_exercise(tmp_path: Path) -> None:
    track = build_track(tmp_path)
    report = import_exercism(track, tmp_path / "pack")
    pack = tmp_path / "pack"
    assert report.ok and report.pack == pack
    assert [c.id for c in report.converted] == ["oven-timer", "greeting", "tally", "lengths"]
    assert report.modules == ["basics", "practice-easy", "practice-medium", "practice-hard"]
    (left_out,) = report.skipped
    assert left_out.exercise == "old-one" and left_out.left_out
    course = load_course(pack)  # every file valid for the pack loader
    by_id = {e.id: e for e in course.exercises()}
    oven, greeting, tally, lengths = (
        by_id[k] for k in ("oven-timer", "greeting", "tally", "lengths")
    )
    assert oven.instructions.startswith("# Introduction\n\nNames hold values.")
    assert "Time the oven." in oven.instructions
    assert "Share a cookie." in greeting.instructions
    assert greeting.instructions.rstrip().endswith("The name defaults to you.")
    assert [e.difficulty for e in (oven, greeting, tally, lengths)] == [1, 1, 2, 4]
    assert greeting.prerequisites == ("oven-timer",)
    assert tally.prerequisites == ("oven-timer",)
    assert greeting.topics == ("basics.strings",)
    assert tally.topics == ("oop.classes-objects",)
    assert greeting.hints == () and len(oven.hints) == 3
    assert (greeting.tests_dir / "test_greeting.py").read_text() == GREETING_TEST
    assert (greeting.tests_dir / "greeting_cases.py").is_file()  # imported by that name
    assert 'return f"One for {name}' in (greeting.solution_dir / "greeting.py").read_text()
    assert (greeting.starter_dir / "greeting.py").read_text() == "def greet(name):\n    pass\n"
    assert lengths.support_files() == ("units.py",)
    assert (lengths.tests_dir / "units.py").is_file()
    assert (pack / "LICENSE").read_text().startswith("MIT License")
    notes = {c.id: c.notes for c in report.converted}
    assert "no .docs/hints.md: this exercise has no hints" in notes["greeting"]
    assert any("'classes' is taught by no converted exercise" in n for n in notes["tally"])
    assert notes["oven-timer"] == ()


def test_broken_parts_are_reported_file_by_file_and_the_rest_converts(tmp_path: Path) -> None:
    track = build_track(tmp_path)
    break_track(track)
    report = import_exercism(track, tmp_path / "pack")
    assert not report.ok and report.pack is not None
    assert [c.id for c in report.converted] == ["oven-timer", "greeting", "tally", "lengths"]
    found = {s.exercise: s for s in report.skipped if not s.left_out}
    assert set(found) == set(BROKEN)
    for slug, (file, field, words) in BROKEN.items():
        assert (found[slug].file, found[slug].field) == (file, field), slug
        assert words in found[slug].reason, (slug, found[slug].reason)
    data = json.loads(json.dumps(report.as_dict()))
    assert data["schema_version"] == 1 and data["ok"] is False
    assert len(data["skipped"]) == len(BROKEN) + 1  # and the deprecated one, left out


@pytest.mark.parametrize(
    ("config", "words"),
    [
        (None, "config.json: file is missing"),
        ('{"exercises": [}', "config.json: invalid JSON at line 1, column 16"),
        ("[1, 2]", "expected a JSON object"),
        ('{"exercises": []}', "config.json [exercises]: expected an object"),
    ],
)
def test_an_unreadable_track_config_stops_with_one_message(
    tmp_path: Path, config: str | None, words: str
) -> None:
    track = tmp_path / "track"
    track.mkdir()
    if config is not None:
        write(track / "config.json", config)
    with pytest.raises(ServiceError, match=r"Is this an Exercism track folder\?") as caught:
        import_exercism(track, tmp_path / "pack")
    assert words in str(caught.value)
    assert not (tmp_path / "pack").exists()


def test_no_such_track_folder(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="no such folder"):
        import_exercism(tmp_path / "nowhere", tmp_path / "pack")


def test_a_taken_folder_is_refused_unless_replacing_a_pack(tmp_path: Path) -> None:
    track = build_track(tmp_path)
    other = tmp_path / "notes"
    write(other / "mine.txt", "keep me")
    with pytest.raises(ServiceError, match="already exists and is not empty"):
        import_exercism(track, other, replace=True)  # not a pack: never removed
    assert (other / "mine.txt").read_text() == "keep me"
    pack = tmp_path / "pack"
    import_exercism(track, pack)
    with pytest.raises(ServiceError, match="--replace"):
        import_exercism(track, pack)
    write(pack / "stale.txt", "from before")
    assert import_exercism(track, pack, replace=True).ok
    assert not (pack / "stale.txt").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pack-")]


def test_nothing_convertible_writes_no_pack(tmp_path: Path) -> None:
    track = tmp_path / "track"
    write(track / "config.json", json.dumps({"slug": "x", "exercises": {"practice": []}}))
    report = import_exercism(track, tmp_path / "pack")
    assert report.pack is None and not report.ok
    assert not (tmp_path / "pack").exists()


def test_single_process_mode_is_written_to_the_course(tmp_path: Path) -> None:
    track = build_track(tmp_path)
    import_exercism(track, tmp_path / "pack", mode="single-process")
    assert pack_toml(tmp_path / "pack", "course.toml")["mode"] == "single-process"


def concept_entry(slug: str, concepts: list[str], prerequisites: list[str]) -> dict[str, Any]:
    return {
        "uuid": slug,
        "slug": slug,
        "name": slug,
        "concepts": concepts,
        "prerequisites": prerequisites,
    }


def simple_concept(track: Path, slug: str) -> None:
    add_exercise(
        track,
        "concept",
        slug,
        {
            "sol.py": "def f():\n    pass\n",
            ".meta/exemplar.py": "def f():\n    return 1\n",
            "sol_test.py": "from sol import f\n\n\ndef test_f():\n    assert f() == 1\n",
        },
        {"solution": ["sol.py"], "test": ["sol_test.py"], "exemplar": [".meta/exemplar.py"]},
    )


def test_a_prerequisite_that_would_close_a_cycle_is_dropped(tmp_path: Path) -> None:
    track = tmp_path / "track"
    entries = [
        concept_entry("first", ["Loops_and_more"], ["lists"]),
        concept_entry("second", ["lists"], ["Loops_and_more"]),
    ]
    write(track / "config.json", json.dumps({"slug": "t", "exercises": {"concept": entries}}))
    simple_concept(track, "first")
    simple_concept(track, "second")
    report = import_exercism(track, tmp_path / "pack")
    by_id = {c.id: c for c in report.converted}
    assert by_id["first"].prerequisites == ("second",)
    assert by_id["second"].prerequisites == ()
    assert any("cycle" in n for n in by_id["second"].notes)
    assert report.modules == ["loops-and-more", "lists"]  # a folder name, whatever the slug
    load_course(tmp_path / "pack")


def test_a_helper_named_like_a_learner_file_is_refused(tmp_path: Path) -> None:
    track = tmp_path / "track"
    write(
        track / "config.json",
        json.dumps({"slug": "t", "exercises": {"concept": [concept_entry("clash", ["x"], [])]}}),
    )
    simple_concept(track, "clash")
    meta = track / "exercises" / "concept" / "clash" / ".meta" / "config.json"
    data = json.loads(meta.read_text())
    data["files"]["editor"] = ["sol.py"]
    meta.write_text(json.dumps(data))
    report = import_exercism(track, tmp_path / "pack")
    (skip,) = report.skipped
    assert skip.field == "files.editor" and "also a solution or test file" in skip.reason
    assert report.pack is None


def test_an_exercise_without_known_topics_is_filed_with_a_note(tmp_path: Path) -> None:
    track = tmp_path / "track"
    write(
        track / "config.json",
        json.dumps({"slug": "t", "exercises": {"concept": [concept_entry("odd", ["quux"], [])]}}),
    )
    simple_concept(track, "odd")
    (converted,) = import_exercism(track, tmp_path / "pack").converted
    assert converted.topics == ("fn.define-call",)
    assert any("no pyascent topic for its concepts (quux)" in n for n in converted.notes)


def test_test_files_are_renamed_for_pytest_and_their_helpers_keep_their_names(
    tmp_path: Path,
) -> None:
    track = tmp_path / "track"
    config = {"slug": "t", "exercises": {"concept": [concept_entry("cases", ["x"], [])]}}
    write(track / "config.json", json.dumps(config))
    simple_concept(track, "cases")
    folder = track / "exercises" / "concept" / "cases"
    write(
        folder / "sol_test.py",
        "from sol import f\nfrom sol_cases import ONE\n\n\ndef test_f():\n    assert f() == ONE\n",
    )
    write(folder / "sol_cases.py", "ONE = 1\n")
    write(folder / "data" / "cases.txt", "1\n")
    meta = folder / ".meta" / "config.json"
    data = json.loads(meta.read_text())
    data["files"]["test"] = ["sol_test.py", "sol_cases.py", "data/cases.txt"]
    meta.write_text(json.dumps(data))
    assert import_exercism(track, tmp_path / "pack").ok
    tests = tmp_path / "pack" / "x" / "exercises" / "cases" / ".meta" / "tests"
    assert sorted(p.relative_to(tests).as_posix() for p in tests.rglob("*.*")) == [
        "data/cases.txt",
        "sol_cases.py",
        "test_sol.py",
    ]


def test_files_an_exercise_does_not_list_come_from_the_tracks_patterns(tmp_path: Path) -> None:
    """Exercism's own configs leave `files` empty for some exercises (grep, gigasecond in
    the Python track): the track-level patterns name them, as Exercism's tooling reads them."""
    track = build_track(tmp_path)
    config = json.loads((track / "config.json").read_text())
    config["files"] = {
        "solution": ["%{snake_slug}.py"],
        "test": ["%{snake_slug}_test.py"],
        "example": [".meta/example.py"],
        "exemplar": [".meta/exemplar.py"],
    }
    config["exercises"]["practice"].append(
        {"uuid": "e9", "slug": "two-fer", "name": "Two Fer", "practices": [], "difficulty": 1}
    )
    write(track / "config.json", json.dumps(config, indent=2))
    add_exercise(
        track,
        "practice",
        "two-fer",
        {
            "two_fer.py": "def two_fer(name):\n    pass\n",
            ".meta/example.py": 'def two_fer(name="you"):\n    return f"One for {name}."\n',
            "two_fer_test.py": (
                "from two_fer import two_fer\n\n\ndef test_you():\n"
                '    assert two_fer() == "One for you."\n'
            ),
        },
        {"solution": [], "test": [], "example": []},
    )
    report = import_exercism(track, tmp_path / "pack")
    assert "two-fer" in [c.id for c in report.converted], report.skipped
    course = load_course(tmp_path / "pack")
    two_fer = next(e for e in course.exercises() if e.id == "two-fer")
    assert (two_fer.tests_dir / "test_two_fer.py").is_file()
    assert "One for {name}." in (two_fer.solution_dir / "two_fer.py").read_text()
