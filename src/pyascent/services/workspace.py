"""A learner's workspace: a folder of exercise files plus a progress database.

`pyascent.toml` at its root marks it and holds its settings (read through the settings
table), so the learner can open the folder in any editor and every command finds its way
from inside it.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyascent.course import Course, Exercise
from pyascent.services.errors import ServiceError
from pyascent.services.paths import course_path, database_url
from pyascent.services.settings import Settings
from pyascent.services.settings_doc import workspace_file
from pyascent.services.settings_loader import LoadedSettings, load_settings

CONFIG_NAME = "pyascent.toml"
DATA_DIR = ".pyascent"


@dataclass(frozen=True)
class Workspace:
    root: Path
    settings: Settings

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def course_path(self) -> Path:
        return course_path(self.settings)

    @property
    def database_url(self) -> str:
        return database_url(self.settings, self.root / DATA_DIR)

    def exercise_dir(self, course: Course, exercise: Exercise) -> Path:
        return self.root / course.module_of(exercise).id / exercise.slug


def find_root(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def load_workspace(
    start: Path, flags: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> Workspace:
    """Read the workspace that contains `start`, with its settings in force.

    Raises:
        ServiceError: if there is none, or a setting is malformed (file, line and key).
    """
    root = find_root(start.resolve())
    if root is None:
        raise ServiceError(
            f"{start} is not inside a pyascent workspace. Create one with `pyascent init DIR`, "
            "then run commands from inside it (or pass --workspace DIR)."
        )
    loaded = load_settings(toml_file=root / CONFIG_NAME, env=env, flags=flags)
    return Workspace(root, loaded.settings)


def effective_settings(start: Path) -> LoadedSettings:
    """The settings in force at `start`: its workspace's file if there is one, then the rest."""
    root = find_root(start.resolve())
    return load_settings(toml_file=root / CONFIG_NAME if root is not None else None)


def create_workspace(root: Path, course_source: str) -> Path:
    """Write the configuration of a new workspace; refuses to overwrite one."""
    config = root / CONFIG_NAME
    try:
        root.mkdir(parents=True, exist_ok=True)
        if config.exists():
            raise ServiceError(f"{root} is already a pyascent workspace ({config} exists).")
        (root / DATA_DIR).mkdir(exist_ok=True)
        text = workspace_file(
            {"course": course_source, "database": f"{DATA_DIR}/progress.db"} | _tutor_defaults()
        )
        config.write_text(text, "utf-8")
    except OSError as exc:
        raise ServiceError(_cannot_create(root, exc)) from exc
    return config


def _tutor_defaults() -> dict[str, Any]:
    """The tutor's rules are written out in full: they are what a learner edits most."""
    defaults = Settings()
    return {
        "solution_policy": defaults.solution_policy,
        "failed_attempts_before_solution": defaults.failed_attempts_before_solution,
    }


def _cannot_create(root: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    blocker = next((p for p in [root, *root.parents] if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        return f"Cannot create a workspace in {root}: {blocker} is a file, not a folder."
    return f"Cannot create a workspace in {root}: {reason} ({exc.filename or root})."


def copy_starter(course: Course, workspace: Workspace, exercise: Exercise, force: bool) -> Path:
    """Put an exercise's starter files and instructions into the workspace."""
    target = workspace.exercise_dir(course, exercise)
    try:
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
    except OSError as exc:
        raise ServiceError(
            f"Cannot write the files of {exercise.id} into {target}: {exc.strerror or exc}."
        ) from exc
    return target
