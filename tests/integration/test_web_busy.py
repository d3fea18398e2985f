"""A full grader answers "busy, try again in N s" instead of hanging the page."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from tests.conftest import running_server

SLOW = "import time\n\n\ndef add(a, b):\n    time.sleep(2)\n    return a + b\n"


def test_busy_grader_answers_503_with_retry(tmp_path: Path) -> None:
    with running_server(tmp_path, "--workers", "1", "--backlog", "0") as server:
        url = server.url + "/api/v1/exercises/adder/submissions"
        slow = threading.Thread(
            target=httpx.post, args=(url,), kwargs={"json": {"code": SLOW}, "timeout": 30}
        )
        slow.start()
        time.sleep(0.5)
        busy = httpx.post(url, json={"code": SLOW}, timeout=30)
        slow.join()
    assert busy.status_code == 503
    assert busy.json()["error"] == "busy"
    assert "Try again in" in busy.json()["detail"]
    assert int(busy.headers["Retry-After"]) >= 1
