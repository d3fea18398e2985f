"""`pyascent watch` re-grades on save and moves on when the exercise passes."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from pathlib import Path


class Output:
    """Collects a process's stdout lines on a thread so the test can wait for text."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen = ""
        assert proc.stdout is not None
        stream = proc.stdout

        def pump() -> None:
            for line in stream:
                self.lines.put(line)

        threading.Thread(target=pump, daemon=True).start()

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"never saw {text!r}; output so far:\n{self.seen}"
            try:
                self.seen += self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
        return self.seen


def test_watch_regrades_on_save_and_moves_on(workspace: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyascent", "watch"],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"},
    )
    out = Output(proc)
    try:
        out.wait_for("and save: it is checked at once")
        time.sleep(0.5)  # let the watcher settle before the first save
        file = workspace / "arith" / "adder" / "adder.py"
        file.write_text("def add(a, b):\n    return a * b\n")
        out.wait_for("FAILED")
        out.wait_for("add(2, 3) should return 5")
        file.write_text("def add(a, b):\n    return a + b\n")
        out.wait_for("PASSED")
        seen = out.wait_for("Moving on to double")
        assert "Double it" in out.wait_for("Double it")
        assert seen.count("FAILED") == 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
