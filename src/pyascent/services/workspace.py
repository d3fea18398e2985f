"""A learner's workspace: a folder of exercise files plus a progress database.

`pyascent.toml` at its root marks it, names the course and holds the settings, so the
learner can open the folder in any editor and every command finds its way from inside it.
"""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pyascent.course import Course, Exercise, builtin_course_path
from pyascent.services.errors import ServiceError
from pyascent.store import sqlite_url
from pyascent.tutor import SolutionPolicy, SolutionRule

CONFIG_NAME = "pyascent.toml"
DATA_DIR = ".pyascent"

_TEMPLATE = """\
# pyascent workspace. Edit the exercise files under the module folders; run `pyascent watch`.
schema_version = 1
course = "{course}"                 # "builtin" or the path of a course pack
database = "{database}"  # a file in this folder, or a database URL

[tutor]
# When `pyascent solution` may show the reference solution:
#   after-pass-or-hints (default) | after-pass | always | never
solution_policy = "after-pass-or-hints"
failed_attempts_before_solution = 3
"""


@dataclass(frozen=True)
class Workspace:
    root: Path
    course_path: Path
    database_url: str
    policy: SolutionPolicy

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    def exercise_dir(self, course: Course, exercise: Exercise) -> Path:
        return self.root / course.module_of(exercise).id / exercise.slug


def find_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def load_workspace(start: Path) -> Workspace:
    """Read the workspace that contains `start`.

    Raises:
        ServiceError: if there is none, or its configuration is malformed.
    """
    root = find_root(start.resolve())
    if root is None:
        raise ServiceError(
            f"{start} is not inside a pyascent workspace. Create one with `pyascent init DIR`, "
            "then run commands from inside it (or pass --workspace DIR)."
        )
    path = root / CONFIG_NAME
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ServiceError(f"{path}: invalid TOML: {exc}") from exc
    course = data.get("course", "builtin")
    if not isinstance(course, str):
        raise ServiceError(f'{path} [course]: must be "builtin" or a folder path')
    course_path = builtin_course_path() if course == "builtin" else (root / course).resolve()
    database = data.get("database", f"{DATA_DIR}/progress.db")
    if not isinstance(database, str):
        raise ServiceError(f"{path} [database]: must be a file path or a database URL")
    url = database if "://" in database else sqlite_url((root / database).resolve())
    tutor = data.get("tutor", {})
    try:
        rule = SolutionRule(tutor.get("solution_policy", SolutionRule.AFTER_PASS_OR_HINTS.value))
    except ValueError as exc:
        allowed = ", ".join(r.value for r in SolutionRule)
        raise ServiceError(f"{path} [tutor.solution_policy]: must be one of {allowed}") from exc
    tries = tutor.get("failed_attempts_before_solution", 3)
    if not isinstance(tries, int) or tries < 0:
        raise ServiceError(f"{path} [tutor.failed_attempts_before_solution]: a whole number >= 0")
    return Workspace(root, course_path, url, SolutionPolicy(rule, tries))


def create_workspace(root: Path, course_source: str = "builtin") -> Path:
    """Write the configuration of a new workspace; refuses to overwrite one."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / CONFIG_NAME
    if config.exists():
        raise ServiceError(f"{root} is already a pyascent workspace ({config} exists).")
    (root / DATA_DIR).mkdir(exist_ok=True)
    config.write_text(
        _TEMPLATE.format(course=course_source, database=f"{DATA_DIR}/progress.db"), "utf-8"
    )
    return config


def copy_starter(course: Course, workspace: Workspace, exercise: Exercise, force: bool) -> Path:
    """Put an exercise's starter files and instructions into the workspace."""
    target = workspace.exercise_dir(course, exercise)
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(exercise.starter_dir.rglob("*")):
        if not source.is_file() or "__pycache__" in source.parts:
            continue
        dest = target / source.relative_to(exercise.starter_dir)
        if dest.exists() and not force:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
    (target / "README.md").write_text(exercise.instructions, "utf-8")
    return target
