"""A server's side of the queue in its own process, for the chaos test.

python -m tests.integration.queue_driver FOLDER QUEUE DATABASE TOTAL [--reconcile]

Enqueues submissions until the database holds TOTAL of them (so a restarted driver sends
only the rest), alternating right and wrong code; with --reconcile it then runs the
reconciler every second until killed, as `pyascent serve --queue` does.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.integration.queue_procs import open_queued_server, rows, the_exercise

LEASE_SECONDS = 3.0


def code(number: int) -> str:
    """Each check takes a while, so that chaos finds checks running and waiting."""
    greeting = "Hello" if number % 3 else "Hi"  # every third one fails
    return f'import time\n\ntime.sleep(0.4)\n\n\ndef greet(name):\n    return f"{greeting}, {{name}}!"\n'


def main(argv: list[str]) -> None:
    folder, queue, database, total = Path(argv[0]), argv[1], argv[2], int(argv[3])
    setup = open_queued_server(folder, queue, database, queue_lease_seconds=LEASE_SECONDS)
    service = setup.service
    exercise = the_exercise(service.course)
    for number in range(len(rows(database)), total):
        service.enqueue(exercise, {"greeting.py": code(number).encode()}, "web")
    print(f"sent up to {total}", flush=True)
    while "--reconcile" in argv:
        time.sleep(1.0)
        try:
            service.reconcile()
        except Exception as exc:  # noqa: BLE001 - a server's reconciler keeps going
            print(f"reconcile: {exc}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
