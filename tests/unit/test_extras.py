"""An exercise that needs a package this installation lacks says which extra to install."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pyascent.course import load_exercise_folder
from pyascent.grader import GradeJob, Verdict
from pyascent.services.extras import MissingPackages, install_command, missing_modules
from pyascent.services.grading import grade_exercise

from ..conftest import GOLDEN


def test_each_course_package_is_named_by_its_extra() -> None:
    assert install_command(["torch"]) == "pip install 'pyascent[ml]'"
    assert install_command(["flask", "graphql"]) == "pip install 'pyascent[web]'"
    assert install_command(["numpy", "pandas", "sklearn"]) == "pip install 'pyascent[data,ml]'"


def test_a_package_of_no_extra_is_named_by_its_distribution() -> None:
    assert install_command(["left_pad_9000"]) == "pip install left-pad-9000"


def test_only_the_missing_modules_are_reported() -> None:
    assert missing_modules(["json", "no_such_module_here", "numpy"]) == ["no_such_module_here"]


def test_grading_refuses_with_the_install_command_before_running_anything(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "adder"
    shutil.copytree(GOLDEN / "pack" / "arith" / "exercises" / "adder", folder)
    manifest = folder / "exercise.toml"
    text = manifest.read_text("utf-8")
    manifest.write_text(text.replace("files =", 'requires = ["no_such_module_here"]\nfiles ='))
    exercise = load_exercise_folder(folder)
    assert exercise.requires == ("no_such_module_here",)
    with pytest.raises(MissingPackages) as refused:
        grade_exercise(_NeverCalled(), exercise, {"adder.py": b"def add(a, b):\n    return a\n"})
    message = str(refused.value)
    assert "'adder' needs no_such_module_here" in message
    assert "pip install no-such-module-here" in message


class _NeverCalled:
    def grade(self, job: GradeJob) -> Verdict:
        raise AssertionError("the grader must not run when a package is missing")
