"""`pyascent worker`: grade checks from the queue on this machine, until stopped."""

from __future__ import annotations

import signal
import threading
from typing import Any

from rich.console import Console

from pyascent.services import open_worker


def run_worker(flags: dict[str, Any], console: Console) -> None:
    worker = open_worker(flags)
    stop = threading.Event()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: stop.set())
    console.print(
        f"pyascent worker {worker.name}: {worker.slots} sandboxed slot(s), course "
        f"{worker.course.title}, queue {worker.settings.queue} (Ctrl+C stops)."
    )
    worker.run(stop)
    console.print(f"stopped after grading {worker.graded} check(s)")
