"""Build grading jobs from exercises: the seam between course content and the grader."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pyascent.course import ContentError, Course, Exercise, load_exercise_folder
from pyascent.grader import (
    GradeJob,
    Grader,
    GraderBusy,
    GraderError,
    Limits,
    Verdict,
    WorkerPool,
)
from pyascent.services.errors import GradingBusy, GradingFailed, ServiceError
from pyascent.services.extras import require_packages
from pyascent.services.learner_input import read_learner_file
from pyascent.services.learner_tests import grade_learner_tests
from pyascent.services.settings import Settings
from pyascent.services.settings_loader import load_settings
from pyascent.services.typecheck import typechecked


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


def grade_exercise(grader: Grader, exercise: Exercise, files: Mapping[str, bytes]) -> Verdict:
    """Grade learner files: against the hidden tests (and `mypy --strict` when the exercise
    says `typecheck = "strict"`), or, when the learner writes the tests (`kind = "tests"`),
    their tests against the subject, its bugs and its mutants.

    Raises:
        MissingPackages: the exercise `requires` a package that is not installed.
    """
    require_packages(exercise.id, exercise.requires)
    job = job_for(exercise, files)
    if exercise.writes_tests:
        return grade_learner_tests(grader, exercise, files, job)
    if exercise.typecheck:
        return typechecked(grader, exercise, files, job)
    return grader.grade(job)


def files_from(folder: Path, exercise: Exercise, limit_kb: int) -> dict[str, bytes]:
    """Read the learner files of an exercise from a folder; missing files are skipped.

    Raises:
        InputRefused: a file over `limit_kb`, or one that is not an ordinary file.
    """
    found = {}
    for name in exercise.files:
        path = folder / name
        if path.exists():
            found[name] = read_learner_file(path, limit_kb)
    return found


def replace_main_file(
    exercise: Exercise, content: bytes, others: Path, limit_kb: int
) -> dict[str, bytes]:
    """The first learner file from `content`, the others from the folder `others`."""
    files = files_from(others, exercise, limit_kb)
    files[exercise.files[0]] = content
    return files


# A web framework in `requires` means the app is served (uvicorn) and asked over HTTP (httpx).
_SERVED_WITH = {"fastapi": ("uvicorn", "httpx"), "starlette": ("uvicorn", "httpx"),
                "flask": ("httpx",)}  # fmt: skip


def preload_for(exercises: Iterable[Exercise]) -> list[str]:
    """What a worker should import before its first check of these exercises: what they
    `require`, and the server and client a served app's tests use."""
    wanted: set[str] = set()
    for exercise in exercises:
        for module in exercise.requires:
            wanted.add(module)
            wanted.update(_SERVED_WITH.get(module.split(".")[0], ()))
    return sorted(wanted)


def server_grader(course: Course, settings: Settings, workers: int | None = None) -> WorkerPool:
    """One warm worker per core (or `workers`), the course's packages and matplotlib
    pre-imported unless `preload_packages` is off: the pool of `pyascent serve` and of
    `pyascent worker`."""
    preload: set[str] = set()
    if settings.preload_packages:
        preload.update(preload_for(course.exercises()))
        preload.update({"numpy", "matplotlib.pyplot"})  # skipped by the worker when missing
    pool = WorkerPool(workers=workers or settings.workers, preload=sorted(preload), warm=True)
    pool.max_waiting = settings.backlog * pool.size
    return pool


def default_grader(course: Course | None = None, *, pooled: bool = False) -> WorkerPool:
    """The grader for one learner at a terminal: a single worker.

    pooled=False suits one check (no warm-up: the fastest first verdict); pooled=True suits
    many in a row, as in watch mode (warmed up once, then every check is fast).
    """
    # Only a pooled worker preloads the course's packages: one check imports what it needs
    # itself, and preloading torch for a first print() would cost seconds.
    preload = preload_for(course.exercises()) if course else []
    return WorkerPool(workers=1, preload=preload if pooled else [], warm=pooled)


def graded(grader: WorkerPool | None, exercise: Exercise, files: Mapping[str, bytes]) -> Verdict:
    """Grade files, translating the grader's own failures into the services' errors."""
    try:
        if grader is not None:
            return grade_exercise(grader, exercise, files)
        # A learner's tests run many times (per bug, per mutant): worth warming a worker.
        with default_grader(pooled=exercise.writes_tests) as own:
            return grade_exercise(own, exercise, files)
    except GraderBusy as exc:
        raise GradingBusy(exc.retry_after) from exc
    except GraderError as exc:
        raise GradingFailed(f"Grading failed on this machine: {exc}") from exc


@dataclass(frozen=True)
class FileVerdict:
    exercise: Exercise
    verdict: Verdict


def grade_file(exercise_dir: Path, file: Path, settings: Settings | None = None) -> FileVerdict:
    """`pyascent grade`: any file against one exercise folder, outside any workspace."""
    chosen = settings or load_settings().settings
    try:
        exercise = load_exercise_folder(exercise_dir.resolve())
    except ContentError as exc:
        raise ServiceError(str(exc)) from exc
    content = read_learner_file(file, chosen.max_code_kb)
    files = replace_main_file(exercise, content, exercise.starter_dir, chosen.max_code_kb)
    return FileVerdict(exercise, graded(None, exercise, files))
