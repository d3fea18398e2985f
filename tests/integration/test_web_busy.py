"""A full grader answers "busy, try again in N s" instead of hanging the page."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.conftest import running_server

FAST = "def add(a, b):\n    return a + b\n"
SLOW = "import time\n\n\ndef add(a, b):\n    time.sleep(3)\n    return a + b\n"


def test_busy_grader_answers_503_with_retry(tmp_path: Path) -> None:
    with running_server(tmp_path, "--workers", "1", "--backlog", "0") as server:
        url = server.url + "/api/v1/exercises/adder/submissions"
        # Warm up first, so the worker is started and neither request below waits on it;
        # then two at once: whichever is admitted first holds the only slot for 3 s.
        assert httpx.post(url, json={"code": FAST}, timeout=60).status_code == 200
        with ThreadPoolExecutor(2) as both:
            replies = list(
                both.map(lambda _: httpx.post(url, json={"code": SLOW}, timeout=60), range(2))
            )
    assert sorted(r.status_code for r in replies) == [200, 503]
    busy = next(r for r in replies if r.status_code == 503)
    assert busy.json()["error"] == "busy"
    assert "Try again in" in busy.json()["detail"]
    assert int(busy.headers["Retry-After"]) >= 1
