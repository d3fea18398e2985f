"""Where pyascent keeps a learner's data, and what the course and database settings mean.

The settings hold text as the user wrote it ("builtin", a path, a URL); these functions turn
it into the folder and the database URL the rest of the program opens.
"""

from __future__ import annotations

from pathlib import Path

from pyascent.course import builtin_course_path
from pyascent.services.errors import ServiceError
from pyascent.services.settings import Settings
from pyascent.services.settings_loader import default_home
from pyascent.store import sqlite_url


def data_dir(settings: Settings) -> Path:
    """The `home` setting, else $XDG_DATA_HOME/pyascent, else ~/.local/share/pyascent."""
    folder = settings.home or default_home()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ServiceError(f"Cannot create the data folder {folder}: {exc.strerror}") from exc
    return folder


def course_path(settings: Settings) -> Path:
    return builtin_course_path() if settings.course == "builtin" else Path(settings.course)


def database_url(settings: Settings, default_folder: Path | None = None) -> str:
    """The database setting as a URL; unset means progress.db in `default_folder`."""
    if settings.database is None:
        return sqlite_url((default_folder or data_dir(settings)) / "progress.db")
    if "://" in settings.database:
        return settings.database
    return sqlite_url(Path(settings.database))
