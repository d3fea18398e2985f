"""Verified checks against forgeries that fool a single-process runner."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pyascent.course import load_exercise_folder
from pyascent.grader import WorkerPool
from pyascent.services import job_for

FAKE_PROGRAM = b"""import subprocess


class Fake:
    returncode = 0
    stdout = "HELLO\\n"
    stderr = ""


subprocess.run = lambda *args, **kwargs: Fake()


def shout(text):
    return text.upper()


if __name__ == "__main__":
    print("nope")
"""


def test_a_patched_subprocess_cannot_fake_a_programs_output(test_pack: Path) -> None:
    echo = load_exercise_folder(test_pack / "arith" / "exercises" / "echo")
    with WorkerPool(workers=1, warm=False) as verified:
        verdict = verified.grade(job_for(echo, {"echo.py": FAKE_PROGRAM}))
        assert verdict.verified and verdict.status == "failed"
        program = next(t for t in verdict.tests if t.name == "test_program")
        assert program.status == "failed" and program.actual == "'nope\\n'"
        honest = (echo.solution_dir / "echo.py").read_bytes()
        assert verified.grade(job_for(echo, {"echo.py": honest})).passed


def test_the_same_forgery_fools_the_single_process_mode(test_pack: Path) -> None:
    """Why verified is the default: in one process the learner's import patches the tests'."""
    echo = load_exercise_folder(test_pack / "arith" / "exercises" / "echo")
    job = dataclasses.replace(job_for(echo, {"echo.py": FAKE_PROGRAM}), verified=False)
    with WorkerPool(workers=1, warm=False) as single:
        verdict = single.grade(job)
    assert verdict.passed and not verdict.verified


def test_single_process_exercises_say_they_are_unverified(test_pack: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "echo"
    shutil.copytree(test_pack / "arith" / "exercises" / "echo", folder)
    toml = folder / "exercise.toml"
    toml.write_text(toml.read_text() + 'mode = "single-process"\n')
    exercise = load_exercise_folder(folder)
    assert exercise.mode == "single-process"
    with WorkerPool(workers=1, warm=False) as pool:
        honest = (folder / ".meta" / "solution" / "echo.py").read_bytes()
        verdict = pool.grade(job_for(exercise, {"echo.py": honest}))
    assert verdict.passed and verdict.verified is False
    assert verdict.to_json()["verified"] is False


def test_the_tests_import_the_authors_support_module_from_the_learners_side(
    tmp_path: Path,
) -> None:
    """A support file of the starter (not the learner's to edit) is imported by the tests
    from where the learner's code imports it: one module, the same objects on both sides."""
    from pyascent.grader import GradeJob

    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_shelf.py").write_text(
        "from samples import BOOKS, Book\n"
        "from shelf import oldest\n\n\n"
        "def test_oldest_of_the_authors_books():\n"
        "    assert oldest(BOOKS) is BOOKS[1]\n"
        "    assert isinstance(oldest(BOOKS), Book)\n"
    )
    samples = (
        b"class Book:\n    def __init__(self, year):\n        self.year = year\n\n\n"
        b"BOOKS = [Book(1990), Book(1851), Book(2001)]\n"
    )
    shelf = b"def oldest(books):\n    return min(books, key=lambda b: b.year)\n"
    job = GradeJob({"shelf.py": shelf}, tests, support_files={"samples.py": samples})
    with WorkerPool(workers=1, warm=False) as pool:
        verdict = pool.grade(job)
    assert verdict.verified
    assert verdict.passed, [(t.name, t.message) for t in verdict.tests]
