"""`pyascent review` driven in a real (pseudo-)terminal, keys typed as a learner would."""

from __future__ import annotations

import os
import pty
import re
import select
import sqlite3
import sys
import time
from pathlib import Path

from tests.conftest import Cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # bold and such: the terminal's, not the text


def _read_until(fd: int, text: str, seen: bytearray, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while text.encode() not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(
                f"no {text!r} on the terminal; it showed:\n{seen.decode(errors='replace')}"
            )
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the program ended
                chunk = b""
            if not chunk:
                raise AssertionError(f"ended before {text!r}:\n{seen.decode(errors='replace')}")
            seen.extend(chunk)
    shown = ANSI.sub("", seen.decode(errors="replace"))
    del seen[: seen.index(text.encode()) + len(text)]
    return shown


def test_a_review_session_in_a_terminal(tmp_path: Path, cli: Cli) -> None:
    done = cli("init", "ws")  # the built-in course and its flashcards
    assert done.returncode == 0, done.stdout + done.stderr
    workspace = tmp_path / "ws"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command on the terminal
        os.chdir(workspace)
        env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "xterm"}
        os.execvpe(sys.executable, [sys.executable, "-m", "pyascent", "review"], env)
    seen = bytearray()
    try:
        first = _read_until(fd, "Enter shows the answer", seen)
        assert "card(s) due today (10 new)" in first
        os.write(fd, b"\r")
        rating = _read_until(fd, "1-4 (q quits)", seen)
        assert "1 again" in rating and "3 good" in rating
        os.write(fd, b"5\r")  # not a rating: asked again
        assert "Type 1, 2, 3 or 4" in _read_until(fd, "1-4 (q quits)", seen)
        os.write(fd, b"3\r")
        saved = _read_until(fd, "Enter shows the answer", seen)
        assert "Saved: it comes back in 10 min" in saved
        os.write(fd, b"q\r")
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        os.close(fd)
    rows = sqlite3.connect(workspace / ".pyascent" / "progress.db").execute(
        "select rating from card_reviews"
    )
    assert [rating for (rating,) in rows] == ["good"]
