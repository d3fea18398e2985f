"""The JSON API and pages against a real `pyascent serve` and a real SQLite file."""

from __future__ import annotations

import functools
import json
import sqlite3
import subprocess
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

import httpx
from pydantic import BaseModel

from pyascent import grader
from pyascent.web import schemas
from tests.conftest import Server

# A check on a loaded machine (CI runs other tests beside these) can take longer than
# httpx's 5 s default; a hung server still fails the test, only later.
get = functools.partial(httpx.get, timeout=30)
post = functools.partial(httpx.post, timeout=30)
put = functools.partial(httpx.put, timeout=30)

RIGHT = "def add(a, b):\n    return a + b\n"
WRONG = "def add(a, b):\n    return a * b\n"


def attempts(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return int(conn.execute("select count(*) from attempts").fetchone()[0])


def test_list_and_submit(server: Server) -> None:
    listing = get(server.url + "/api/v1/exercises").json()
    assert [e["id"] for e in listing] == ["adder", "double", "toolkit", "echo"]
    wrong = post(server.url + "/api/v1/exercises/adder/submissions", json={"code": WRONG})
    assert wrong.status_code == 200
    verdict = wrong.json()
    assert verdict["schema_version"] == 1 and verdict["status"] == "failed"
    assert verdict["tests"][0]["expected"] == "5" and verdict["tests"][0]["actual"] == "6"
    assert isinstance(verdict["attempt_id"], int)
    assert set(verdict) >= {"status", "tests", "stdout", "stderr", "duration_ms", "summary"}
    right = post(server.url + "/api/v1/exercises/adder/submissions", json={"code": RIGHT})
    assert right.json()["status"] == "passed"
    history = get(server.url + "/api/v1/exercises/adder/submissions").json()
    assert [h["status"] for h in history[:2]] == ["passed", "failed"]


def test_the_cli_sees_progress_made_in_the_browser(server: Server, tmp_path: Path) -> None:
    post(server.url + "/api/v1/exercises/adder/submissions", json={"code": RIGHT})
    pack = server.database.parent / "pack"
    run = [sys.executable, "-m", "pyascent"]
    subprocess.run(
        [*run, "init", "ws", "--course", str(pack)], cwd=tmp_path, check=True, capture_output=True
    )
    config = tmp_path / "ws" / "pyascent.toml"
    text = config.read_text().replace(
        'database = ".pyascent/progress.db"', f'database = "{server.database}"'
    )
    config.write_text(text)
    listing = subprocess.run(
        [*run, "list", "--json"], cwd=tmp_path / "ws", check=True, capture_output=True, text=True
    )
    statuses = {e["id"]: e["status"] for e in json.loads(listing.stdout)}
    assert statuses["adder"] == "done"


def test_unknown_exercise_is_a_404_page_and_json(server: Server) -> None:
    page = get(server.url + "/exercises/nope")
    assert page.status_code == 404
    assert (
        "There is no exercise &#39;nope&#39;" in page.text
        or "There is no exercise 'nope'" in page.text
    )
    assert "Traceback" not in page.text
    api = post(server.url + "/api/v1/exercises/nope/submissions", json={"code": RIGHT})
    assert api.status_code == 404 and api.json()["error"] == "not-found"


def test_bad_code_is_refused_and_nothing_saved(server: Server) -> None:
    before = attempts(server.database)
    url = server.url + "/api/v1/exercises/adder/submissions"
    big = post(url, json={"code": "x = 1\n" * 50_000})
    assert big.status_code == 413 and "the limit is 256 KB" in big.json()["detail"]
    huge = post(
        url, content=b"{" + b" " * 2_000_000 + b"}", headers={"Content-Type": "application/json"}
    )
    assert huge.status_code == 413
    empty = post(url, json={"code": "   \n"})
    assert empty.status_code == 422 and "empty" in empty.json()["detail"]
    not_utf8 = post(
        url, content=b'{"code": "\xff\xfe"}', headers={"Content-Type": "application/json"}
    )
    assert not_utf8.status_code in (400, 422)
    assert "not valid" in not_utf8.json()["detail"]
    assert attempts(server.database) == before


def test_forms_need_the_csrf_token(server: Server) -> None:
    with httpx.Client(base_url=server.url) as client:
        refused = client.post("/exercises/adder/hint", data={})
        assert refused.status_code == 403 and "Reload the page" in refused.text
        page = client.get("/exercises/adder")
        token = page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        ok = client.post("/exercises/adder/hint", data={"csrf_token": token})
        assert ok.status_code == 200 and "Hint" in ok.text
        foreign = client.post(
            "/api/v1/exercises/adder/hints",
            headers={"Origin": "http://evil.example", "Content-Type": "application/json"},
            content=b"{}",
        )
        assert foreign.status_code == 403


def test_submissions_are_rate_limited(server: Server) -> None:
    statuses = []
    with httpx.Client(base_url=server.url, timeout=30) as client:
        for _ in range(30):
            reply = client.post("/api/v1/examples/run", json={"code": "print(1)"})
            statuses.append(reply.status_code)
            if reply.status_code == 429:
                assert "Try again in" in reply.json()["detail"]
                assert int(reply.headers["Retry-After"]) >= 1
                break
    assert statuses[0] == 200 and statuses[-1] == 429


def test_a_locked_database_keeps_the_draft_and_says_so(server: Server) -> None:
    holder = sqlite3.connect(server.database, isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        reply = put(
            server.url + "/api/v1/exercises/double/draft",
            json={"code": "def double(n):\n    return 2 * n\n"},
            timeout=30,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert reply.status_code == 503
    assert reply.json()["error"] == "database" and "kept in this browser" in reply.json()["detail"]
    again = put(
        server.url + "/api/v1/exercises/double/draft",
        json={"code": "def double(n):\n    return 2 * n\n"},
    )
    assert again.status_code == 200
    assert "2 * n" in get(server.url + "/api/v1/exercises/double").json()["files"]["double.py"]


def test_openapi_documents_the_api(server: Server) -> None:
    schema = get(server.url + "/openapi.json").json()
    assert "/api/v1/exercises/{exercise_id}/submissions" in schema["paths"]
    assert "/exercises/{exercise_id}" not in schema["paths"]  # pages are not API


def test_an_undeclared_method_is_a_405_naming_the_methods(server: Server) -> None:
    for method, path, allow in [
        ("DELETE", "/api/v1/exercises/adder/submissions", "GET, POST"),
        ("PUT", "/api/v1/progress", "GET"),
        ("POST", "/api/v1/exercises/adder", "GET"),
    ]:
        reply = httpx.request(method, server.url + path)
        assert reply.status_code == 405, (method, path, reply.text)
        assert reply.headers["Allow"] == allow
        assert reply.json()["error"] == "method-not-allowed"
    assert post(server.url + "/api/v1/nowhere").status_code == 404


def test_a_hint_needs_the_documented_header_or_json(server: Server) -> None:
    url = server.url + "/api/v1/exercises/double/hints"
    refused = post(url)
    assert refused.status_code == 403 and refused.json()["error"] == "csrf"
    shown = post(url, headers={"X-Requested-With": "XMLHttpRequest"})
    assert shown.status_code == 200 and shown.json()["number"] == 1
    foreign = post(url, headers={"X-Requested-With": "x", "Origin": "http://evil.example"})
    assert foreign.status_code == 403
    operation = get(server.url + "/openapi.json").json()["paths"][
        "/api/v1/exercises/{exercise_id}/hints"
    ]["post"]
    headers = [p for p in operation["parameters"] if p["in"] == "header"]
    assert [(p["name"], p["required"]) for p in headers] == [("X-Requested-With", True)]


def test_code_is_required_and_the_422_is_our_error_body(server: Server) -> None:
    url = server.url + "/api/v1/examples/run"
    for body in ({}, {"code": None}):
        reply = post(url, json=body)
        assert reply.status_code == 422, body
        assert set(reply.json()) == {"error", "detail"} and "code" in reply.json()["detail"]
    schema = get(server.url + "/openapi.json").json()
    code_in = schema["components"]["schemas"]["CodeIn"]
    assert code_in["required"] == ["code"] and code_in["properties"]["code"]["maxLength"] == 262144
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    run = schema["paths"]["/api/v1/examples/run"]["post"]["responses"]
    assert run["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")
    assert run["429"]["headers"]["Retry-After"]["required"] is True


def test_a_form_without_a_boundary_is_a_400_not_a_crash(server: Server) -> None:
    reply = post(
        server.url + "/api/v1/examples/run",
        content=b'{"code": "print(1)"}',
        headers={"Content-Type": "multipart/form-data"},
    )
    assert reply.status_code == 400 and reply.json()["error"] == "invalid-request"


def test_a_draft_that_is_not_utf8_is_refused_and_the_page_still_opens(server: Server) -> None:
    url = server.url + "/api/v1/exercises/toolkit/draft"
    reply = put(url, content=b'{"code": "\\ud800"}', headers={"Content-Type": "application/json"})
    assert reply.status_code == 422 and reply.json()["error"] == "not-utf8"
    assert put(url, json={"code": ""}).status_code == 200  # an empty editor is kept
    assert get(server.url + "/api/v1/exercises/toolkit").status_code == 200
    assert get(server.url + "/exercises/toolkit").status_code == 200


def test_the_api_models_list_every_field_of_the_verdict() -> None:
    """A field added to the verdict's JSON must be in the API's schema (else it is dropped)."""
    pairs: list[tuple[type[BaseModel], type[Any], set[str]]] = [
        (schemas.VerdictOut, grader.Verdict, {"schema_version", "attempt_id"}),
        (schemas.TestResultOut, grader.TestResult, set()),
        (schemas.FrameOut, grader.Frame, set()),
        (schemas.SourceProblemOut, grader.SourceProblem, set()),
        (schemas.RunOut, grader.RunOutput, {"schema_version"}),
    ]
    for model, wire, added in pairs:
        assert set(model.model_fields) == {f.name for f in fields(wire)} | added, model.__name__


def test_a_review_through_the_pages(server: Server) -> None:
    """The roadmap says how many cards are due; rating one saves it and moves on."""
    with httpx.Client(base_url=server.url) as client:
        roadmap = client.get("/")
        assert "Review: 2 cards due" in roadmap.text
        page = client.get("/review")
        token = page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        key = page.text.split('name="card" value="', 1)[1].split('"', 1)[0]
        assert key == "arith/return-vs-print" and "Show the answer" in page.text
        bad = client.post("/review", data={"csrf_token": token, "card": key, "rating": "meh"})
        assert bad.status_code == 422
        rated = client.post("/review", data={"csrf_token": token, "card": key, "rating": "easy"})
        assert rated.status_code == 303, rated.text
        assert rated.headers["location"].startswith("/review?")
        after = client.get(rated.headers["location"])
        assert "Saved: that card comes back in" in after.text
        assert 'value="arith/int-division"' in after.text  # the next card
        assert "Review: 1 card due" in client.get("/").text


def test_a_check_without_javascript_keeps_the_forms_fields(server: Server) -> None:
    """A plain form post (no htmx, so no CSRF header): the token is read from the body and
    the route still gets the code (it once lost every field but the token)."""
    with httpx.Client(base_url=server.url) as client:
        page = client.get("/exercises/adder")
        token = page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        code = "def add(a, b):\n    return a - b\n"
        done = client.post("/exercises/adder/check", data={"csrf_token": token, "code": code})
        assert done.status_code == 200
        assert "add(2, 3) should return 5" in done.text


def test_the_progress_page_shows_cards_and_the_costliest_topics(server: Server) -> None:
    with httpx.Client(base_url=server.url) as client:
        wrong = {"code": "def add(a, b):\n    return a - b\n"}
        sent = client.post("/api/v1/exercises/adder/submissions", json=wrong)
        if (
            sent.status_code == 429
        ):  # the rate-limit test may have just emptied this client's bucket
            time.sleep(int(sent.headers["Retry-After"]))
            sent = client.post("/api/v1/exercises/adder/submissions", json=wrong)
        assert sent.status_code == 200, sent.text
        page = client.get("/progress").text
        assert "Flashcards learned" in page and "due today" in page
        row = page.split('<th scope="row">operators</th>', 1)[1].split("</tr>", 1)[0]
        failed = int(row.split("<td>", 2)[1].split("</td>", 1)[0])
        assert failed >= 1
        retention = page.split('<desc id="retention-chart-desc">', 1)[1].split("</desc>", 1)[0]
        assert retention.startswith("Due today: ") and "Forgotten (lapses): 0" in retention
        topics = page.split('<desc id="topics-chart-desc">', 1)[1].split("</desc>", 1)[0]
        cells = [c.split("</td>", 1)[0] for c in row.split("<td>")[1:5]]
        cost = sum(int(c) for c in cells)  # failed checks, hints, solutions, cards forgotten
        assert f"operators: {cost}" in topics
