"""One pre-warmed worker (a zygote process) and the slot it owns.

The supervisor (`pool.WorkerPool`) hands it one check at a time over a JSON-lines pipe and
enforces the wall-clock deadline; the zygote forks a fresh sandboxed child per check.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from pyascent.grader.api import GraderError, Limits
from pyascent.grader.checkdir import private_root
from pyascent.grader.isolation import HostCapabilities, Slot, claim_slot

ZYGOTE = Path(__file__).parent / "inside" / "zygote.py"
# A worker preloads what the course needs before it is ready (torch and transformers take
# seconds; minutes on a machine loaded to 6x its cores, as seen in a course check).
START_TIMEOUT = 180.0
REPLY_TIMEOUT = 10.0


class WorkerDied(GraderError):
    """A zygote stopped answering; the pool replaces it."""


def _zygote_env() -> dict[str, str]:
    # One thread per numeric library: a zygote must be single-threaded to fork safely.
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
    }


class _Lines:
    """Reads JSON lines from a pipe with a deadline."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.fd = stream.fileno()
        self.buffer = b""

    def read(self, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise WorkerDied("the worker closed its channel")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        message: dict[str, Any] = json.loads(line)
        return message


class Worker:
    """One zygote process and the slot it owns."""

    def __init__(self, preload: Sequence[str], warm: bool, caps: HostCapabilities) -> None:
        self.namespaces = caps.namespaces
        self.slot: Slot = claim_slot(Limits().processes, caps)
        self.results = private_root("results") / f"slot{self.slot.number}"
        self.results.mkdir(mode=0o700, exist_ok=True)
        config = {"preload": list(preload), "warm": warm}
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(ZYGOTE), json.dumps(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            env=_zygote_env(),
            cwd=self.results,
        )
        if self.slot.cgroup is not None:
            # The worker lives in its slot's cgroup and its checks inherit it: moving a
            # process between cgroups per check would cost milliseconds each time.
            (self.slot.cgroup / "cgroup.procs").write_text(str(self.proc.pid))
        assert self.proc.stdout is not None
        self.lines = _Lines(self.proc.stdout)
        ready = self._expect("ready", START_TIMEOUT)
        self.preloaded: list[str] = ready.get("preloaded", [])
        self.subject_code: int | None = None  # how the last verified check's subject ended

    def _expect(self, event: str, timeout: float) -> dict[str, Any]:
        try:
            message = self.lines.read(timeout)
        except (WorkerDied, ValueError) as exc:
            raise WorkerDied(f"worker failed: {exc}; {self._log_tail()}") from exc
        if message is None or message.get("event") != event:
            raise WorkerDied(f"worker did not report '{event}' in time; {self._log_tail()}")
        return message

    def _log_tail(self) -> str:
        self.log.seek(0)
        text = self.log.read().decode("utf-8", "replace").strip().splitlines()
        return text[-1] if text else "no message"

    def run(self, spec: dict[str, Any], wall_seconds: float) -> tuple[int | None, bool]:
        """Run one check; returns its exit code and whether the wall clock ran out."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write((json.dumps(spec) + "\n").encode())
            self.proc.stdin.flush()
        except OSError as exc:
            raise WorkerDied(f"worker is gone: {exc}") from exc
        started = self._expect("started", REPLY_TIMEOUT)
        pid = int(started["pid"])
        subject = started.get("subject")
        runner = started.get("runner")
        try:
            message = self.lines.read(wall_seconds)
        except ValueError as exc:
            raise WorkerDied(f"garbled reply: {exc}") from exc
        timed_out = message is None
        if message is None:
            self._kill_check(pid)
            for other in (subject, runner):
                if isinstance(other, int):
                    self._kill_check(other)
            message = self._expect("exited", REPLY_TIMEOUT)
        elif message.get("event") != "exited":
            raise WorkerDied(f"unexpected reply {message}")
        if timed_out or not self.namespaces:
            self.slot.sweep(spare=self.proc.pid)  # a pid namespace dies with its check
        self.subject_code = message.get("subject")
        return message.get("code"), timed_out

    def _kill_check(self, pid: int) -> None:
        for kill in (os.killpg, os.kill):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                kill(pid, signal.SIGKILL)
        self.slot.sweep(spare=self.proc.pid)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.alive() and self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.write(b'{"quit": true}\n')
                self.proc.stdin.flush()
            try:
                self.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self.log.close()
        self.slot.release()
