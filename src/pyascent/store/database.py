"""Open the progress database: engine, pragmas, migrations, and honest errors.

A damaged or locked database is reported with the file name and a way out; it is never
silently replaced, because it holds every attempt a learner ever made.
"""

from __future__ import annotations

import contextlib
import fcntl
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from pyascent.store.errors import StoreError

HEAD_REVISION = "0007"
BUSY_TIMEOUT_SECONDS = 5


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def describe(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def translate(url: str, exc: SQLAlchemyError) -> StoreError:
    """Phrase a database failure for the person who has to fix it."""
    where = describe(url)
    detail = str(getattr(exc, "orig", exc))
    if "locked" in detail or "busy" in detail:
        return StoreError(
            f"The progress database {where} is locked by another program (waited "
            f"{BUSY_TIMEOUT_SECONDS} s). Close other pyascent windows (watch, serve) and retry."
        )
    if isinstance(exc, DatabaseError) and (
        "not a database" in detail or "malformed" in detail or "corrupt" in detail
    ):
        return StoreError(
            f"The progress database {where} is damaged ({detail}). Nothing was changed. "
            f"To recover, move it aside (for example: mv {where} {where}.broken) and run the "
            "command again to start a fresh one, or restore it from a backup."
        )
    if "disk is full" in detail or ("disk I/O error" in detail and _disk_full(url)):
        return StoreError(
            f"The disk that holds the progress database {where} is full. Free some space and "
            "run the command again; nothing already saved was lost."
        )
    if "disk I/O error" in detail:
        return StoreError(
            f"The progress database {where} could not be read or written (disk I/O error). "
            "Check that its disk is mounted and healthy, then run the command again."
        )
    if "readonly database" in detail or "unable to open database file" in detail:
        return StoreError(
            f"The progress database {where} cannot be opened for writing: check that you may "
            "write to it and to its folder (permissions, a read-only disk)."
        )
    return StoreError(f"The progress database {where} cannot be used: {detail}")


def _disk_full(url: str) -> bool:
    """SQLite says "disk I/O error" when a write hits a full disk; ask the disk itself."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return False
    try:
        return shutil.disk_usage(Path(parsed.database).parent).free < 64 * 1024
    except OSError:
        return False


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a killed process leaves a consistent file.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_store_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).parent
            if not folder.is_dir():
                raise StoreError(f"The folder {folder} for the progress database does not exist.")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine, url: str) -> None:
    """Bring the schema to the newest revision; cheap when it already is."""
    try:
        with engine.connect() as conn:
            current = None
            if inspect(conn).has_table("alembic_version"):
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if current == HEAD_REVISION:
                return
        _upgrade(engine)
    except SQLAlchemyError as exc:
        raise translate(url, exc) from exc


MIGRATION_LOCK = 72_417_001  # PostgreSQL advisory lock key: one migrator at a time


@contextlib.contextmanager
def _one_migrator(engine: Engine) -> Iterator[None]:
    """Processes starting at once on a new database (a server and its workers) migrate one
    after the other: the others then find the schema current. SQLite runs DDL outside
    transactions, so a lock file next to the database serialises them there."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        with open(f"{database}.migrate-lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
    else:
        yield


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "pyascent.store:migrations")
    with _one_migrator(engine), engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # held until this transaction commits
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")  # a no-op when another migrator got there first


def head_revision_of_scripts() -> str | None:
    """The head revision according to the migration scripts (tests compare it to HEAD)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "pyascent.store:migrations")
    return ScriptDirectory.from_config(config).get_current_head()


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    try:
        yield
    except (OperationalError, DatabaseError, SQLAlchemyError) as exc:
        raise translate(url, exc) from exc
