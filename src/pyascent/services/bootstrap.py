"""The composition root: build the services from a workspace, in one place."""

from __future__ import annotations

from pathlib import Path

from pyascent.course import ContentError, Course, load_course
from pyascent.grader import Grader, WorkerPool
from pyascent.services.errors import ServiceError
from pyascent.services.learner import LearnerService
from pyascent.services.workspace import (
    Workspace,
    copy_starter,
    create_workspace,
    load_workspace,
)
from pyascent.store import ProgressStore, StoreError
from pyascent.tutor import SolutionPolicy


def default_grader(course: Course | None = None, *, pooled: bool = False) -> WorkerPool:
    """The grader for one learner at a terminal: a single worker.

    pooled=False suits one check (no warm-up: the fastest first verdict); pooled=True suits
    many in a row, as in watch mode (warmed up once, then every check is fast).
    """
    preload = sorted({m for ex in course.exercises() for m in ex.requires}) if course else []
    return WorkerPool(workers=1, preload=preload, warm=pooled)


def server_grader(
    course: Course, workers: int | None = None, backlog: int | None = None
) -> WorkerPool:
    """One warm worker per core, with the course's packages and matplotlib pre-imported."""
    preload = {m for ex in course.exercises() for m in ex.requires}
    preload.update({"numpy", "matplotlib.pyplot"})  # skipped by the worker when not installed
    return WorkerPool(workers=workers, preload=sorted(preload), warm=True, max_waiting=backlog)


def open_server(
    course_path: Path, database_url: str, workers: int | None = None, backlog: int | None = None
) -> LearnerService:
    """The services behind `pyascent serve`: a course, a database, a pooled grader."""
    course = load_course_or_explain(course_path)
    try:
        store = ProgressStore(database_url, course.id)
    except StoreError as exc:
        raise ServiceError(str(exc)) from exc
    grader = server_grader(course, workers, backlog)
    service = LearnerService(course, store, grader, SolutionPolicy())
    service.close_stale_attempts()  # what a stopped server left pending is closed at start
    return service


def load_course_or_explain(path: Path) -> Course:
    try:
        return load_course(path)
    except ContentError as exc:
        raise ServiceError(f"The course at {path} cannot be loaded.\n{exc}") from exc


def open_learner(
    start: Path, grader: Grader | None = None, *, pooled: bool = False
) -> LearnerService:
    """Open the workspace containing `start` with its course, store and grader."""
    workspace = load_workspace(start)
    return _service(workspace, grader, pooled)


def _service(workspace: Workspace, grader: Grader | None, pooled: bool) -> LearnerService:
    course = load_course_or_explain(workspace.course_path)
    try:
        store = ProgressStore(workspace.database_url, course.id)
    except StoreError as exc:
        raise ServiceError(str(exc)) from exc
    chosen = grader or default_grader(course, pooled=pooled)
    return LearnerService(course, store, chosen, workspace.policy, workspace)


def init_workspace(root: Path, course: str = "builtin") -> LearnerService:
    """Create a workspace with every exercise's starter files and a fresh progress DB."""
    if course != "builtin":
        course = str(Path(course).resolve())
    create_workspace(root, course)
    service = open_learner(root)
    for exercise in service.course.exercises():
        copy_starter(service.course, service.workspace, exercise, force=False)
    return service
