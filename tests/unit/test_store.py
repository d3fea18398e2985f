"""The progress store on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pyascent.store import (
    HEAD_REVISION,
    ProgressRecord,
    ProgressStore,
    StoreError,
    head_revision_of_scripts,
    sqlite_url,
)


def test_head_constant_matches_the_migration_scripts() -> None:
    assert head_revision_of_scripts() == HEAD_REVISION


def test_attempt_is_pending_until_finished(tmp_path: Path) -> None:
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), "c")
    attempt = store.start_attempt("ex", {"a.py": "x = 1"}, "cli")
    assert store.attempts("ex")[0].status == "pending"
    assert store.progress_of("ex").status == "new", "only a verdict changes progress"
    store.finish_attempt(attempt, "failed", {"status": "failed"}, 10)
    record = store.finish_attempt(store.start_attempt("ex", {"a.py": "x"}, "cli"), "passed", {}, 5)
    assert record.status == "done" and record.failed_attempts == 1
    store.close()
    reopened = ProgressStore(sqlite_url(tmp_path / "p.db"), "c")
    assert [a.status for a in reopened.attempts("ex")] == ["passed", "failed"]
    assert reopened.reveal_hint("ex", 2) == 1
    assert reopened.reveal_hint("ex", 2) == 2
    assert reopened.reveal_hint("ex", 2) == 2


def test_courses_and_learners_are_separate(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "p.db")
    ProgressStore(url, "a").start_attempt("ex", {}, "cli")
    assert ProgressStore(url, "b").attempts() == []
    assert ProgressStore(url, "a", learner="someone-else").attempts() == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        ProgressStore(sqlite_url(tmp_path / "nope" / "p.db"), "c")


def _old_database(path: Path, revision: str, *inserts: str) -> str:
    """A database left at an older revision by an older pyascent, with one learner."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    url = sqlite_url(path)
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", "pyascent.store:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.execute(
            text("insert into learners (id, name, created_at) values (1, 'local', '2026-01-01')")
        )
        for insert in inserts:
            conn.execute(text(insert))
    engine.dispose()
    return url


def test_upgrade_from_the_first_revision_keeps_every_attempt(tmp_path: Path) -> None:
    url = _old_database(
        tmp_path / "old.db",
        "0001",
        "insert into attempts (learner_id, course_id, exercise_id, created_at, source, "
        "files, status) values (1, 'c', 'ex', '2026-01-01', 'cli', '{}', 'passed')",
    )
    store = ProgressStore(url, "c")
    assert [a.status for a in store.attempts("ex")] == ["passed"]
    store.save_draft("ex", {"a.py": "x = 1"})
    assert store.draft("ex") == {"a.py": "x = 1"}


# -- attempts that get no verdict (issue 10) ------------------------------------------------

LEASE = 300.0


def _set(store: ProgressStore, attempt_id: int, **values: object) -> None:
    """Rewrite an attempt's row as another process (or an earlier time) would have left it."""
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from pyascent.store.tables import Attempt

    with Session(store.engine) as session:
        session.execute(update(Attempt).where(Attempt.id == attempt_id).values(**values))
        session.commit()


def test_a_fresh_pending_attempt_is_kept_and_an_expired_one_is_stale(tmp_path: Path) -> None:
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), "c")
    old = store.start_attempt("ex", {"a.py": "x"}, "web")
    fresh = store.start_attempt("ex", {"a.py": "y"}, "cli")
    _set(store, old, created_at=datetime.now(UTC) - timedelta(seconds=LEASE + 1))
    assert [a.id for a in store.stale_attempts(LEASE)] == [old]
    assert store.close_attempt(old, "not graded: the server stopped, check again")
    assert not store.close_attempt(old, "again"), "closing twice changes nothing"
    assert store.stale_attempts(LEASE) == []
    assert [(a.status, a.reason) for a in store.attempts("ex")] == [
        ("pending", None),
        ("not-graded", "not graded: the server stopped, check again"),
    ]
    assert fresh in [a.id for a in store.attempts("ex")]


def test_not_graded_attempts_are_not_counted(tmp_path: Path) -> None:
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), "c")
    store.close_attempt(store.start_attempt("ex", {}, "web"), "not graded: busy")
    store.close_attempt(store.start_attempt("ex", {}, "web"), "not graded: busy")
    assert store.attempt_count() == 0
    assert store.attempts_per_day() == {}
    assert store.active_days() == []
    assert store.progress_of("ex") == ProgressRecord("ex", "new", 0, 0, False, None)
    store.finish_attempt(store.start_attempt("ex", {}, "web"), "failed", {}, 3)
    assert store.attempt_count() == 1
    assert sum(store.attempts_per_day().values()) == 1
    assert store.progress_of("ex").failed_attempts == 1


def test_the_real_verdict_wins_over_a_closing(tmp_path: Path) -> None:
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), "c")
    attempt = store.start_attempt("ex", {}, "cli")
    store.close_attempt(attempt, "not graded: the check was interrupted, check again")
    record = store.finish_attempt(attempt, "failed", {"status": "failed"}, 12)
    assert record.status == "attempted" and record.failed_attempts == 1
    [stored] = store.attempts("ex")
    assert (stored.status, stored.reason, stored.verdict) == ("failed", None, {"status": "failed"})
    assert store.attempt_count() == 1
    assert not store.close_attempt(attempt, "late"), "a verdict is never closed over"
    assert store.attempts("ex")[0].status == "failed"


def test_an_attempt_whose_process_is_gone_is_stale_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    from pyascent.store.holders import holder_of, this_process

    store = ProgressStore(sqlite_url(tmp_path / "p.db"), "c")
    mine = store.start_attempt("ex", {}, "web")
    assert store.attempts()[0].id == mine and this_process() is not None
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        theirs = store.start_attempt("ex", {}, "cli")
        _set(store, theirs, holder=holder_of(child.pid))
        elsewhere = store.start_attempt("ex", {}, "cli")
        _set(store, elsewhere, holder="another-boot/pid:[1]/1/1")
        assert store.stale_attempts(LEASE) == [], "this process and a live one still grade"
    finally:
        child.kill()
        child.wait()
    assert [a.id for a in store.stale_attempts(LEASE)] == [theirs]
    reused = store.start_attempt("ex", {}, "cli")
    *same, _ticks = (this_process() or "").split("/")
    _set(store, reused, holder="/".join([*same, "1"]))  # our pid, but another start time
    assert [a.id for a in store.stale_attempts(LEASE)] == [theirs, reused]


def test_upgrade_closes_what_an_old_version_left_pending(tmp_path: Path) -> None:
    url = _old_database(
        tmp_path / "old.db",
        "0002",
        "insert into attempts (learner_id, course_id, exercise_id, created_at, source, "
        "files, status) values (1, 'c', 'ex', '2026-01-01 10:00:00', 'web', '{}', 'pending')",
        # 0002 marked an exercise attempted as soon as a check started
        "insert into exercise_progress (learner_id, course_id, exercise_id, status, "
        "hints_shown, failed_attempts, solution_viewed, updated_at) "
        "values (1, 'c', 'ex', 'attempted', 1, 0, 0, '2026-01-01 10:00:00')",
    )
    store = ProgressStore(url, "c")
    [stale] = store.stale_attempts(LEASE)
    assert (stale.exercise_id, stale.status, stale.source) == ("ex", "pending", "web")
    assert store.close_attempt(stale.id, "not graded: the server stopped, check again")
    assert store.progress_of("ex").status == "new", "the old pending attempt counted no more"
    assert store.progress_of("ex").hints_shown == 1
    assert store.attempt_count() == 0


def _open_store(url: str) -> str:
    try:
        ProgressStore(url, "course").close()
        return "ok"
    except Exception as exc:  # noqa: BLE001  (reported to the test, which names it)
        return f"{type(exc).__name__}: {exc}"


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    """A server and its workers started together on a fresh file: one migrates, the others
    wait for it and find the schema current (before: 'table learners already exists')."""
    import multiprocessing

    url = sqlite_url(tmp_path / "fresh.db")
    with multiprocessing.get_context("spawn").Pool(6) as pool:
        results = pool.map(_open_store, [url] * 6)
    assert results == ["ok"] * 6
