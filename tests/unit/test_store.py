"""The progress store on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyascent.store import (
    HEAD_REVISION,
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
    assert store.progress_of("ex").status == "attempted"
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


def test_upgrade_from_the_first_revision_keeps_every_attempt(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    url = sqlite_url(tmp_path / "old.db")
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", "pyascent.store:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text("insert into learners (id, name, created_at) values (1, 'local', '2026-01-01')")
        )
        conn.execute(
            text(
                "insert into attempts (learner_id, course_id, exercise_id, created_at, source, "
                "files, status) values (1, 'c', 'ex', '2026-01-01', 'cli', '{}', 'passed')"
            )
        )
    engine.dispose()
    store = ProgressStore(url, "c")
    assert [a.status for a in store.attempts("ex")] == ["passed"]
    store.save_draft("ex", {"a.py": "x = 1"})
    assert store.draft("ex") == {"a.py": "x = 1"}
