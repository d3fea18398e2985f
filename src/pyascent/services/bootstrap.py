"""The composition root: build the services from settings, in one place."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyascent.course import ContentError, Course, load_course
from pyascent.grader import Grader
from pyascent.services.class_server import ClassServer
from pyascent.services.errors import ServiceError, StorageError
from pyascent.services.grading import default_grader, server_grader
from pyascent.services.learner import LearnerService
from pyascent.services.paths import course_path, database_url
from pyascent.services.queueing import GradingWorker, QueueSender
from pyascent.services.settings import Settings
from pyascent.services.settings_loader import load_settings
from pyascent.services.workspace import (
    copy_starter,
    create_workspace,
    find_root,
    load_workspace,
)
from pyascent.store import ProgressStore, StoreError, describe_url


@dataclass(frozen=True)
class ServerSetup:
    """Everything `pyascent serve` needs, decided before it listens."""

    settings: Settings
    service: LearnerService
    database: str  # for people: a path, or a URL without its password
    loopback: bool
    classroom: bool = False  # accounts exist: every page asks for a sign-in


def open_server(
    flags: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> ServerSetup:
    """The services behind `pyascent serve`: a course, a database, a pooled grader.

    Inside a workspace (and with neither --course nor --db given) the server shares the
    workspace's course, database and settings with the CLI; otherwise it serves the given or
    the built-in course on the data folder's database.
    """
    given = {k: v for k, v in (flags or {}).items() if v is not None}
    root = find_root((cwd or Path.cwd()).resolve())
    if root is not None and not {"course", "database"} & given.keys():
        workspace = load_workspace(root, given, env)
        settings, url = workspace.settings, workspace.database_url
    else:
        settings = load_settings(env=env, flags=given, cwd=cwd).settings
        url = database_url(settings)
    folder = course_path(settings)
    if not folder.is_dir():
        raise ServiceError(f"There is no course folder at {folder}.")
    course = load_course_or_explain(folder)
    store = _store(url, course)
    sender = QueueSender(settings, url) if settings.queue else None
    service = LearnerService(
        course, store, server_grader(course, settings), settings, sender=sender
    )
    service.close_stale_attempts()  # what a stopped server left pending is closed at start
    classroom = ClassServer(service).accounts.any_exist()
    return ServerSetup(settings, service, describe_url(url), _is_loopback(settings.host), classroom)


def open_worker(
    flags: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> GradingWorker:
    """`pyascent worker`: the course, the shared database, the queue and a local pool."""
    given = {k: v for k, v in (flags or {}).items() if v is not None}
    settings = load_settings(env=env, flags=given, cwd=cwd).settings
    if not settings.queue:
        raise ServiceError("A worker needs the queue: give --queue redis://HOST:PORT/DB.")
    folder = course_path(settings)
    if not folder.is_dir():
        raise ServiceError(f"There is no course folder at {folder}.")
    course = load_course_or_explain(folder)
    slots = settings.workers or os.cpu_count() or 1
    return GradingWorker(settings, course, database_url(settings), slots)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def load_course_or_explain(path: Path) -> Course:
    try:
        return load_course(path)
    except ContentError as exc:
        raise ServiceError(f"The course at {path} cannot be loaded.\n{exc}") from exc


def _store(url: str, course: Course) -> ProgressStore:
    try:
        return ProgressStore(url, course.id)
    except StoreError as exc:
        raise StorageError(str(exc)) from exc


def open_learner(
    start: Path,
    grader: Grader | None = None,
    *,
    pooled: bool = False,
    flags: Mapping[str, Any] | None = None,
) -> LearnerService:
    """Open the workspace containing `start` with its course, store and grader; `flags`
    are the command line's settings (None values: not given)."""
    given = {k: v for k, v in (flags or {}).items() if v is not None}
    workspace = load_workspace(start, given)
    course = load_course_or_explain(workspace.course_path)
    store = _store(workspace.database_url, course)
    chosen = grader or default_grader(course, pooled=pooled)
    service = LearnerService(course, store, chosen, workspace.settings, workspace)
    service.close_stale_attempts()  # a check killed mid-run is closed on the next command
    return service


def init_workspace(root: Path, course: str | None = None) -> LearnerService:
    """Create a workspace with every exercise's starter files and a fresh progress DB.

    `course` is "builtin" or a pack's folder; None takes the setting (PYASCENT_COURSE or
    the table's default).
    """
    course = course or load_settings(flags={}).settings.course
    if course != "builtin":
        source = Path(course).resolve()
        if not (source / "course.toml").is_file():
            raise ServiceError(f"{source} is not a course pack: it has no course.toml.")
        course = str(source)
    create_workspace(root, course)
    service = open_learner(root)
    for exercise in service.course.exercises():
        copy_starter(service.course, service.workspace, exercise, force=False)
    return service


def open_classroom(
    flags: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> ClassServer:
    """The classroom of the server's database, for its operator's commands (`pyascent
    account`, `extend`, `roster`, `grades`, `regrade`, `audit`): the same database, course
    and settings `pyascent serve` would open with these flags."""
    setup = open_server(flags, cwd, env)
    return ClassServer(setup.service)
