"""The same store and the same app on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pyascent.store import ProgressStore
from tests.conftest import running_server
from tests.integration.postgres import postgres_cluster


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with postgres_cluster() as url:
        yield url


def test_store_on_postgres(postgres_url: str) -> None:
    store = ProgressStore(postgres_url, "core")
    attempt = store.start_attempt("greeting", {"greeting.py": "def greet(n): ..."}, "cli")
    assert store.attempts("greeting")[0].status == "pending"
    record = store.finish_attempt(attempt, "passed", {"status": "passed"}, 12)
    assert record.status == "done"
    assert store.reveal_hint("greeting", 3) == 1
    store.save_draft("greeting", {"greeting.py": "x = 'é'"})
    assert store.draft("greeting") == {"greeting.py": "x = 'é'"}
    store.set_setting("current_exercise", "greeting")
    store.close()
    again = ProgressStore(postgres_url, "core")  # migrations already at head: a no-op
    assert again.get_setting("current_exercise") == "greeting"
    assert sum(again.attempts_per_day().values()) == 1
    again.close()


def test_the_web_app_runs_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    with running_server(tmp_path, "--db", postgres_url) as server:
        reply = httpx.post(
            server.url + "/api/v1/exercises/adder/submissions",
            json={"code": "def add(a, b):\n    return a + b\n"},
            timeout=30,
        )
        assert reply.json()["status"] == "passed"
        listing = httpx.get(server.url + "/api/v1/exercises").json()
        assert listing[0]["status"] == "done"
