"""`pyascent serve`: the web app on this machine."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from rich.console import Console

from pyascent.course import builtin_course_path
from pyascent.services import (
    ServiceError,
    default_database_url,
    open_server,
    secret_key,
)
from pyascent.services.workspace import find_root, load_workspace
from pyascent.store import sqlite_url


def choose_sources(db: str | None, course: Path | None) -> tuple[Path, str]:
    """--course and --db win; else the workspace you are in; else the built-in course."""
    root = find_root(Path.cwd())
    if root is not None and db is None and course is None:
        workspace = load_workspace(root)
        return workspace.course_path, workspace.database_url
    course_path = (course or builtin_course_path()).resolve()
    if db is None:
        return course_path, default_database_url()
    url = db if "://" in db else sqlite_url(Path(db).resolve())
    return course_path, url


def serve(
    host: str,
    port: int,
    db: str | None,
    course: Path | None,
    console: Console,
    workers: int | None = None,
    backlog: int | None = None,
    rate_burst: int = 20,
) -> None:
    from pyascent.web import WebSettings, create_app, run_server

    course_path, url = choose_sources(db, course)
    if not course_path.is_dir():
        raise ServiceError(f"There is no course folder at {course_path}.")
    service = open_server(course_path, url, workers=workers, backlog=backlog)
    settings = WebSettings(
        course_path=course_path, database_url=url, secret_key=secret_key(), rate_burst=rate_burst
    )
    app = create_app(settings, service)
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    console.print(f"pyascent: {service.course.title}")
    console.print(f"Progress database: {url}")
    if not loopback:
        console.print(
            "[yellow]warning:[/] listening beyond this machine; there are no accounts yet, "
            "so everyone who can reach it shares one learner's progress."
        )
    console.print(f"Open [bold]http://{host}:{port}/[/] in your browser (Ctrl+C stops).")
    run_server(app, host, port)
