"""Shared fixtures: paths of the golden exercise and the built-in course."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyascent.course import Exercise, builtin_course_path, load_exercise_folder

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden"


@pytest.fixture(scope="session")
def adder() -> Exercise:
    """A tiny exercise with short limits, used by grader scenarios."""
    return load_exercise_folder(GOLDEN / "exercise" / "adder")


@pytest.fixture(scope="session")
def builtin_path() -> Path:
    return builtin_course_path()
