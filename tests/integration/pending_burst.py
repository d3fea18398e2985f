"""A server killed in the middle of a burst of checks, then started again on the same DB.

Shared by tests/integration/test_pending_attempts.py and runnable on its own, against any
version of pyascent, to count the attempts a kill leaves pending:

    .venv/bin/python -m tests.integration.pending_burst
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx

from tests.conftest import Server, running_server

RIGHT = "def add(a, b):\n    return a + b\n"
WRONG = "def add(a, b):\n    return a * b\n"
BURST = 30


def statuses(database: Path) -> Counter[str]:
    with sqlite3.connect(database) as conn:
        rows = conn.execute("select status from attempts").fetchall()
    return Counter(status for (status,) in rows)


def reasons(database: Path) -> set[str]:
    with sqlite3.connect(database) as conn:
        rows = conn.execute("select reason from attempts where status = 'not-graded'").fetchall()
    return {reason for (reason,) in rows}


def _submit(url: str, code: str) -> None:
    with contextlib.suppress(httpx.HTTPError):  # the server was killed under this request
        httpx.post(url, json={"code": code}, timeout=60)


@contextlib.contextmanager
def restarted_after_kill(folder: Path) -> Iterator[Server]:
    """After one check, fire a burst, SIGKILL the server 0.3 s in, restart it on the same DB."""
    with running_server(folder, "--rate-burst", str(BURST * 2)) as server:
        url = server.url + "/api/v1/exercises/adder/submissions"
        _submit(url, RIGHT)  # a server in use: its workers are warm
        burst = [
            threading.Thread(target=_submit, args=(url, RIGHT if n % 2 else WRONG))
            for n in range(BURST)
        ]
        for thread in burst:
            thread.start()
        time.sleep(0.3)
        deadline = time.monotonic() + 30
        while statuses(server.database)["pending"] == 0 and time.monotonic() < deadline:
            time.sleep(0.02)  # a slow machine: wait until some check is in flight
        server.process.kill()
        server.process.wait(timeout=20)
        for thread in burst:
            thread.join()
    shutil.rmtree(folder / "pack")  # running_server copies the pack afresh
    with running_server(folder) as again:
        yield again


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, restarted_after_kill(Path(tmp)) as server:
        found = statuses(server.database)
        print(f"burst of {BURST} checks, server SIGKILLed 0.3 s in, restarted:")
        print(f"  left pending: {found['pending']}   all attempts: {dict(sorted(found.items()))}")
