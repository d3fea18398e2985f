"""The web routes' own logic: an in-process ASGI client, a real SQLite file, a fake grader."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from pyascent.services import LearnerService, Settings, load_course_or_explain
from pyascent.store import ProgressStore, sqlite_url
from pyascent.web import create_app
from tests.conftest import GOLDEN
from tests.fakes import FAILED, ScriptedGrader

RIGHT = "def add(a, b):\n    return a + b\n"
SUBMIT = "/api/v1/exercises/adder/submissions"


@pytest.fixture
def grader() -> ScriptedGrader:
    return ScriptedGrader([FAILED])


@pytest.fixture
async def client(tmp_path: Path, grader: ScriptedGrader) -> AsyncIterator[httpx.AsyncClient]:
    course = load_course_or_explain(GOLDEN / "pack")
    store = ProgressStore(sqlite_url(tmp_path / "p.db"), course.id)
    settings = Settings(max_code_kb=2, rate_burst=3)
    app = create_app(settings, LearnerService(course, store, grader, settings))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as opened:
        yield opened


@pytest.mark.anyio
async def test_a_submission_answers_the_verdict_and_is_kept(
    client: httpx.AsyncClient, grader: ScriptedGrader
) -> None:
    reply = await client.post(SUBMIT, json={"code": RIGHT})
    assert reply.status_code == 200
    body = reply.json()
    assert body["status"] == "failed" and body["schema_version"] == 1
    assert isinstance(body["attempt_id"], int)
    assert grader.jobs[0].files == {"adder.py": RIGHT.encode()}
    history = (await client.get(SUBMIT)).json()
    assert [h["status"] for h in history] == ["failed"]
    exercise = (await client.get("/api/v1/exercises/adder")).json()
    assert exercise["status"] == "attempted"


@pytest.mark.anyio
async def test_limits_come_from_the_settings(client: httpx.AsyncClient) -> None:
    big = await client.post(SUBMIT, json={"code": "x = 1\n" * 1000})
    assert big.status_code == 413 and "the limit is 2 KB" in big.json()["detail"]
    codes = [(await client.post(SUBMIT, json={"code": RIGHT})).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:], codes


@pytest.mark.anyio
async def test_a_surrogate_draft_is_refused_and_the_page_still_works(
    client: httpx.AsyncClient,
) -> None:
    draft = "/api/v1/exercises/adder/draft"
    # A lone surrogate, escaped as JSON allows (httpx would refuse to encode it itself).
    lone = b'{"code": "x = \'\\ud800\'"}'
    headers = {"content-type": "application/json"}
    refused = await client.put(draft, content=lone, headers=headers)
    assert refused.status_code == 422 and refused.json()["error"] == "not-utf8"
    assert (await client.get("/api/v1/exercises/adder")).status_code == 200
    assert (await client.get("/exercises/adder")).status_code == 200
    too_big = await client.put(draft, json={"code": "y" * 5000})
    assert too_big.status_code == 413
    saved = await client.put(draft, json={"code": "print('mine')"})
    assert saved.status_code == 200
    shown = (await client.get("/api/v1/exercises/adder")).json()
    assert shown["files"] == {"adder.py": "print('mine')"}


@pytest.mark.anyio
async def test_a_busy_grader_is_a_503_with_retry_after(
    client: httpx.AsyncClient, grader: ScriptedGrader
) -> None:
    grader.busy_after = 4.2
    reply = await client.post(SUBMIT, json={"code": RIGHT})
    assert reply.status_code == 503 and reply.headers["retry-after"] == "4"
    assert reply.json() == {"error": "busy", "detail": "The grader is busy. Try again in 4 s."}


@pytest.mark.anyio
async def test_a_locked_database_is_a_503_not_a_crash(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    holder = sqlite3.connect(tmp_path / "p.db", isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        reply = await client.post(SUBMIT, json={"code": RIGHT})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert reply.status_code == 503
    assert reply.json()["error"] == "database"
    assert "is locked by another program" in reply.json()["detail"]


@pytest.mark.anyio
async def test_hints_render_their_markdown_and_escape_html(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(GOLDEN / "pack", pack)
    toml = pack / "arith" / "exercises" / "adder" / "exercise.toml"
    skeleton = "Fill the blank:\n\n```python\ndef add(a, b):\n    return ___\n```"
    text = toml.read_text().replace(
        'hints = ["Use +.", "return a + b", "def add(a, b): return a + b"]',
        f"hints = [{json.dumps(skeleton)}, {json.dumps('<script>alert(1)</script>')}]",
    )
    toml.write_text(text)
    course = load_course_or_explain(pack)
    store = ProgressStore(sqlite_url(tmp_path / "h.db"), course.id)
    settings = Settings()
    app = create_app(settings, LearnerService(course, store, ScriptedGrader(), settings))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for _ in range(2):
            shown = await client.post(
                "/api/v1/exercises/adder/hints", headers={"X-Requested-With": "test"}
            )
            assert shown.status_code == 200, shown.text
        page = (await client.get("/exercises/adder")).text
    hints = page[page.index('class="hint-list"') :]
    code = hints[hints.index("<pre") : hints.index("</pre>")]
    assert "return" in code and "___" in code, "a skeleton shows as code"
    assert "```" not in hints
    assert "<script>alert(1)</script>" not in hints and "&lt;script&gt;" in hints
