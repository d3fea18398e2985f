"""Build grading jobs from exercises: the seam between course content and the grader."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pyascent.course import Exercise
from pyascent.grader import GradeJob, Limits


def limits_for(exercise: Exercise) -> Limits:
    return Limits().with_overrides(exercise.limits.as_dict())


def support_files(exercise: Exercise) -> dict[str, bytes]:
    """The starter's read-only files (data, helpers), always the pristine copies."""
    return {name: (exercise.starter_dir / name).read_bytes() for name in exercise.support_files()}


def secret_folder(exercise: Exercise) -> Path:
    """What learner code must not read: the whole pack (solutions, other hidden tests)."""
    pack = exercise.path.parent.parent.parent
    return pack if (pack / "course.toml").is_file() else exercise.path


def job_for(exercise: Exercise, files: Mapping[str, bytes]) -> GradeJob:
    """A job for the given learner files, ordered as the exercise lists them."""
    ordered = {name: files[name] for name in exercise.files if name in files}
    return GradeJob(
        files=ordered,
        tests_dir=exercise.tests_dir,
        support_files=support_files(exercise),
        limits=limits_for(exercise),
        hide=(secret_folder(exercise),),
        verified=exercise.mode == "verified",
    )


def files_from(folder: Path, exercise: Exercise) -> dict[str, bytes]:
    """Read the learner files of an exercise from a folder; missing files are skipped."""
    found = {}
    for name in exercise.files:
        path = folder / name
        if path.is_file():
            found[name] = path.read_bytes()
    return found


def replace_main_file(exercise: Exercise, content: bytes, others: Path) -> dict[str, bytes]:
    """The first learner file from `content`, the others from the folder `others`."""
    files = files_from(others, exercise)
    files[exercise.files[0]] = content
    return files
