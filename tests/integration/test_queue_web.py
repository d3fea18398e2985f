"""`pyascent serve --queue` and `pyascent doctor --queue`, as real processes, with a real
worker and Redis: the API answers 202 and its poll URL gives the verdict; the page shows
"queued" and then the verdict; doctor reports the queue and the workers it saw."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port
from tests.integration.queue_procs import (
    COURSE,
    RIGHT,
    WRONG,
    cleaned_up,
    start_worker,
    worker_env,
)
from tests.integration.redis_server import RedisServer, redis_server

PYASCENT = Path(sys.executable).parent / "pyascent"


@pytest.fixture
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


def _serve(folder: Path, queue: str, database: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [str(PYASCENT), "serve", "--port", str(port), "--queue", queue]
    command += ["--db", database, "--course", str(COURSE)]
    with (folder / "server.log").open("ab") as log:  # the child keeps its own copy
        process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=worker_env(folder),
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/v1/exercises", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.2)
    raise AssertionError("server did not start:\n" + (folder / "server.log").read_text())


def test_the_web_app_on_a_queue(tmp_path: Path, redis: RedisServer) -> None:
    database = f"sqlite:///{tmp_path / 'progress.db'}"
    with cleaned_up() as started:
        server, url = _serve(tmp_path, redis.url, database)
        started.append(server)
        with httpx.Client(base_url=url, timeout=10) as client:
            sent = client.post("/api/v1/exercises/greeting/submissions", json={"code": WRONG})
            assert sent.status_code == 202, sent.text
            body = sent.json()
            assert body["status"] == "queued" and body["position"] == 0
            waiting = client.get(body["poll"]).json()
            assert waiting["status"] == "queued" and waiting["verdict"] is None
            started.append(start_worker(redis.url, database, tmp_path, "worker"))
            deadline = time.monotonic() + 60
            while (state := client.get(body["poll"]).json())["verdict"] is None:
                assert time.monotonic() < deadline, state
                time.sleep(0.2)
            assert state["status"] == "failed" and state["verdict"]["status"] == "failed"
            assert state["verdict"]["attempt_id"] == body["attempt_id"]
            assert client.get("/api/v1/checks/999999").status_code == 404

            page = client.get("/exercises/greeting")
            token = page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
            queued = client.post(
                "/exercises/greeting/check",
                data={"csrf_token": token, "code": RIGHT},
                headers={"HX-Request": "true"},
            )
            assert queued.status_code == 200
            assert 'class="verdict queued"' in queued.text and "hx-get=" in queued.text
            poll = queued.text.split('hx-get="', 1)[1].split('"', 1)[0]
            deadline = time.monotonic() + 60
            while 'class="verdict queued"' in (
                panel := client.get(poll, headers={"HX-Request": "true"}).text
            ):
                assert time.monotonic() < deadline
                time.sleep(0.2)
            assert 'data-status="passed"' in panel

        doctor = subprocess.run(
            [str(PYASCENT), "doctor", "--queue", redis.url, "--db", database],
            capture_output=True,
            text=True,
            env={**worker_env(tmp_path), "COLUMNS": "200"},
            timeout=120,
        )
        out = doctor.stdout
        assert "Queue round trip ms" in out and "Queue waiting in redis: 0" in out, out
        assert "Queue processes seen" in out and "Queue queued: 0" in out, out
