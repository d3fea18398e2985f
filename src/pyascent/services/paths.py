"""Where pyascent keeps a learner's data when no workspace says otherwise."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pyascent.services.errors import ServiceError
from pyascent.store import sqlite_url


def data_dir() -> Path:
    """$PYASCENT_HOME, else $XDG_DATA_HOME/pyascent, else ~/.local/share/pyascent."""
    explicit = os.environ.get("PYASCENT_HOME")
    if explicit:
        folder = Path(explicit)
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / "pyascent"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ServiceError(f"Cannot create the data folder {folder}: {exc.strerror}") from exc
    return folder


def default_database_url() -> str:
    return sqlite_url(data_dir() / "progress.db")


def secret_key() -> bytes:
    """A random key kept in the data folder (0600), made on first use."""
    path = data_dir() / "secret.key"
    try:
        if path.exists():
            return path.read_bytes()
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    except OSError as exc:
        raise ServiceError(f"Cannot read or create {path}: {exc.strerror}") from exc
