"""The tutor's routes: the JSON API, the form route with and without htmx, the hourly
allowance, CSRF and the privacy line, on the app in process with a real SQLite file.

The grader is scripted with the verdict the real sandbox gives `add(a, b): return a - b` on
the test pack's `adder` (its first test fails with expected 5, actual -1), so the tutor's
turns are grounded in a known check and each assertion can tell a grounded turn from a
generic one. No endpoint is configured unless a test sets one, and none is ever called.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pyascent.grader import TestResult as Result  # a Test* name would be collected
from pyascent.grader import Verdict
from pyascent.services import LearnerService, Settings, load_course_or_explain, load_settings
from pyascent.store import ProgressStore, sqlite_url
from pyascent.web import create_app
from pyascent.web.schemas import TutorTurnOut
from tests.conftest import GOLDEN
from tests.fakes import ScriptedGrader

WRONG = "def add(a, b):\n    return a - b\n"
TUTOR = "/api/v1/exercises/adder/tutor"
SUBMIT = "/api/v1/exercises/adder/submissions"
FORM = "/exercises/adder/tutor"
SUBTRACTS = Verdict(
    status="failed",
    summary="1 of 3 tests passed. First problem: Adds two small numbers.",
    tests=(
        Result(
            name="test_small_numbers",
            status="failed",
            title="Adds two small numbers.",
            message="add(2, 3) should return 5",
            expected="5",
            actual="-1",
        ),
        Result(
            name="test_negative",
            status="failed",
            title="Works with negative numbers.",
            expected="-5",
            actual="1",
        ),
        Result(name="test_zero", status="passed", title="Zero changes nothing."),
    ),
    verified=True,
)


def app_client(pack: Path, folder: Path, settings: Settings | None = None) -> httpx.AsyncClient:
    course = load_course_or_explain(pack)
    store = ProgressStore(sqlite_url(folder / "p.db"), course.id)
    chosen = settings or Settings()
    grader = ScriptedGrader([SUBTRACTS])
    app = create_app(chosen, LearnerService(course, store, grader, chosen))
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1")


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(GOLDEN / "pack", tmp_path) as opened:
        yield opened


async def ask(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    reply = await client.post(TUTOR, json={"code": WRONG, **body})
    assert reply.status_code == 200, reply.text
    turn: dict[str, Any] = reply.json()
    return turn


async def check(client: httpx.AsyncClient) -> None:
    assert (await client.post(SUBMIT, json={"code": WRONG})).status_code == 200


async def form_token(client: httpx.AsyncClient) -> str:
    page = await client.get("/exercises/adder")
    return page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]


@pytest.mark.anyio
async def test_a_turn_has_the_schemas_fields_and_names_the_failing_test(
    client: httpx.AsyncClient,
) -> None:
    await check(client)
    turn = await ask(client)
    assert set(turn) == set(TutorTurnOut.model_fields)
    assert turn["level"] == 0 and turn["level_words"] == "explain your code"
    assert "Adds two small numbers." in turn["message"]
    assert turn["question"].endswith("?")
    assert turn["source"] == "ladder" and turn["sent_to"] is None  # offline
    assert turn["code"] is None and turn["puzzle"] == []
    located = await ask(client, more=True)
    assert located["level"] == 1 and located["level_words"] == "find the spot"
    assert "expected 5" in located["message"] and "-1" in located["message"]
    assert "return a + b" not in located["message"] + located["question"]
    assert [c["anchor"] for c in located["cites"]] == ["test_small_numbers"]


@pytest.mark.anyio
async def test_the_level_climbs_again_only_after_a_new_check(client: httpx.AsyncClient) -> None:
    await check(client)
    levels = [(await ask(client, more=True))["level"] for _ in range(3)]
    assert levels == [0, 1, 2]
    held = await ask(client, more=True)
    assert held["level"] == 2, "a fourth request without a new check does not climb"
    assert "new try" in held["note"]
    concept = [c for c in held["cites"] if c["url"]]
    assert concept and concept[0]["url"].startswith("/modules/arith/lessons/adding#")
    await check(client)
    climbed = await ask(client, more=True)
    assert climbed["level"] == 3 and climbed["level_words"] == "a hint"
    assert "new try" not in climbed["note"]


@pytest.mark.anyio
async def test_get_lists_the_transcript_oldest_first(client: httpx.AsyncClient) -> None:
    assert (await client.get(TUTOR)).json() == []
    await ask(client, message="Where do I start?")
    await check(client)
    await ask(client, message="What is wrong?", more=True)
    listed = (await client.get(TUTOR)).json()
    assert [t["asked"] for t in listed] == ["Where do I start?", "What is wrong?"]
    assert all(set(t) == set(TutorTurnOut.model_fields) for t in listed)
    assert "not checked this exercise yet" in listed[0]["note"]
    assert "Adds two small numbers." in listed[1]["message"]


@pytest.mark.anyio
async def test_a_message_over_2000_characters_is_a_clear_422(client: httpx.AsyncClient) -> None:
    refused = await client.post(TUTOR, json={"message": "a" * 2001})
    assert refused.status_code == 422
    assert refused.json()["error"] == "invalid-request"
    assert "message" in refused.json()["detail"] and "2000" in refused.json()["detail"]
    assert (await client.get(TUTOR)).json() == [], "nothing was logged"
    fits = await client.post(TUTOR, json={"message": "a" * 2000})
    assert fits.status_code == 200


@pytest.mark.anyio
async def test_an_unknown_exercise_is_a_404(client: httpx.AsyncClient) -> None:
    for reply in (
        await client.post("/api/v1/exercises/nope/tutor", json={}),
        await client.get("/api/v1/exercises/nope/tutor"),
    ):
        assert reply.status_code == 404
        assert reply.json() == {"error": "not-found", "detail": "There is no exercise 'nope'."}
    token = await form_token(client)
    page = await client.post("/exercises/nope/tutor", data={"csrf_token": token})
    assert page.status_code == 404


@pytest.mark.anyio
async def test_the_hourly_allowance_answers_429_with_retry_after(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(GOLDEN / "pack", pack)
    course_toml = pack / "course.toml"
    course_toml.write_text(course_toml.read_text() + "\n[tutor]\nturns_per_hour = 2\n")
    async with app_client(pack, tmp_path) as client:
        assert [(await client.post(TUTOR, json={})).status_code for _ in range(2)] == [200, 200]
        busy = await client.post(TUTOR, json={})
        assert busy.status_code == 429
        assert busy.headers["retry-after"] == "1800"  # an hour shared by two turns
        assert busy.json()["error"] == "tutor-limit"
        detail = busy.json()["detail"]
        assert "You asked the tutor 2 times in the last hour" in detail
        assert "Try again in 31 minutes" in detail
        assert len((await client.get(TUTOR)).json()) == 2, "the refused turn is not logged"
        token = await form_token(client)
        page = await client.post(FORM, data={"csrf_token": token}, headers={"HX-Request": "true"})
        assert page.status_code == 200
        assert 'role="alert">You asked the tutor 2 times' in page.text  # said in the panel


@pytest.mark.anyio
async def test_the_form_route_answers_the_panel_or_the_whole_page(
    client: httpx.AsyncClient,
) -> None:
    token = await form_token(client)
    fields = {"csrf_token": token, "message": "Where do I start?", "action": "ask"}
    whole = await client.post(FORM, data=fields)
    assert whole.status_code == 200
    assert "<html" in whole.text and 'id="check-form"' in whole.text  # no JavaScript
    assert "You:</span> Where do I start?" in whole.text
    assert "Tutor · level 0: explain your code" in whole.text
    panel = await client.post(
        FORM, data={**fields, "code": WRONG, "action": "more"}, headers={"HX-Request": "true"}
    )
    assert panel.status_code == 200
    assert "<html" not in panel.text and 'id="check-form"' not in panel.text
    assert panel.text.count('class="tutor-turn"') == 2  # the conversation grows
    assert 'id="tutor-form"' in panel.text


@pytest.mark.anyio
async def test_the_form_route_needs_the_csrf_token(client: httpx.AsyncClient) -> None:
    refused = await client.post(FORM, data={"message": "hi"})
    assert refused.status_code == 403
    foreign = await client.post(
        FORM, data={"csrf_token": "guessed", "message": "hi"}, headers={"HX-Request": "true"}
    )
    assert foreign.status_code == 403
    assert (await client.get(TUTOR)).json() == [], "no turn without the token"
    token = await form_token(client)
    assert (await client.post(FORM, data={"csrf_token": token})).status_code == 200


@pytest.mark.anyio
async def test_the_page_says_offline_or_names_the_endpoints_host(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    offline = (await client.get("/exercises/adder")).text
    assert "Offline: the tutor runs on this machine" in offline
    assert "are sent to" not in offline
    env = {"PYASCENT_TUTOR_ENDPOINT": "http://127.0.0.1:9/"}
    settings = load_settings(env=env, cwd=tmp_path).settings
    assert settings.tutor_endpoint == "http://127.0.0.1:9/"
    (tmp_path / "online").mkdir()
    async with app_client(GOLDEN / "pack", tmp_path / "online", settings) as online:
        page = (await online.get("/exercises/adder")).text
    assert "are sent to <strong>127.0.0.1:9</strong>" in page
    assert "Offline:" not in page


@pytest.mark.anyio
async def test_odd_bodies_are_refused_or_read_as_the_last_check(
    client: httpx.AsyncClient,
) -> None:
    """An empty editor asks about the last check (no 'write something before checking'),
    a file the exercise lacks is a 404 as for submissions, `more` must be a real boolean."""
    await check(client)
    blank = await client.post(TUTOR, json={"code": "  \n"})
    assert blank.status_code == 200 and "Adds two small numbers." in blank.json()["message"]
    token = await form_token(client)
    panel = await client.post(
        FORM, data={"csrf_token": token, "code": ""}, headers={"HX-Request": "true"}
    )
    assert panel.status_code == 200 and 'id="tutor-form"' in panel.text
    assert "write something before checking" not in panel.text
    unknown = await client.post(TUTOR, json={"code": WRONG, "files": {"other.py": "x = 1"}})
    assert unknown.status_code == 404 and unknown.json()["error"] == "not-found"
    number = await client.post(TUTOR, json={"more": 0})
    assert number.status_code == 422 and "more" in number.json()["detail"]
