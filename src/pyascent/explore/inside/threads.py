"""The thread timeline: which thread ran the program's Python code, and when, for the
lessons on the GIL.

Every line, call and return event of `main.py`, in every thread (`threading.settrace` for
the threads the program starts), is recorded as (time, thread, line) into arrays made
before the program starts. Consecutive events of one thread make a slice; a new slice
means the interpreter switched threads (the GIL passed to another one: at the switch
interval, or when a thread blocked in sleep, I/O or a lock). The times are real
`time.perf_counter_ns` readings of this run, never modelled.

Runs inside the sandbox, standard library only, as its own program: `main(payload)`.
"""

from __future__ import annotations

import array
import builtins
import io
import itertools
import json
import os
import sys
import threading
import time
import types
from typing import Any

FILENAME = "main.py"
MAX_EVENTS = 200_000
MAX_SLICES = 2_000
_WANTED = {"call", "line", "return"}


def run(source: str, stdin: list[str]) -> dict[str, Any]:
    code = compile(source, FILENAME, "exec", dont_inherit=True)
    times = array.array("q", bytes(8 * MAX_EVENTS))
    threads = array.array("l", bytes(8 * MAX_EVENTS))
    lines = array.array("l", bytes(8 * MAX_EVENTS))
    ticket = itertools.count()  # next() is atomic: two threads never take one slot
    done = [0]
    numbers: dict[int, int] = {}
    names: list[str] = []
    clock = time.perf_counter_ns
    ident = threading.get_ident

    def trace(frame: types.FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != FILENAME:
            return None
        if event in _WANTED and done[0] < MAX_EVENTS:
            at = next(ticket)
            if at >= MAX_EVENTS:
                return trace
            me = ident()
            number = numbers.get(me)
            if number is None:
                number = numbers[me] = len(names)
                names.append(threading.current_thread().name)
            times[at] = clock()
            threads[at] = number
            lines[at] = frame.f_lineno
            done[0] = max(done[0], at + 1)
        return trace

    answers = list(stdin)
    saved = sys.stdout, builtins.input
    output = io.StringIO()
    sys.stdout = output
    builtins.input = lambda prompt="": answers.pop(0) if answers else ""
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    error = None
    started = clock()
    threading.settrace(trace)
    sys.settrace(trace)
    try:
        exec(code, main.__dict__)  # noqa: S102 - timing the learner's program is the point
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and not thread.daemon:
                thread.join(timeout=5)
    except BaseException as exc:  # noqa: BLE001 - the learner's uncaught error ends the run
        error = type(exc).__name__
    finally:
        sys.settrace(None)
        threading.settrace(None)
        sys.stdout, builtins.input = saved
    return {
        "t": "threads",
        "threads": names,
        "slices": slices(times, threads, lines, done[0], started),
        "events": done[0],
        "truncated": done[0] >= MAX_EVENTS,
        "switch_interval_ms": sys.getswitchinterval() * 1000,
        "stdout": output.getvalue()[:100_000],
        "error": error,
    }


def slices(
    times: array.array[int], threads: array.array[int], lines: array.array[int], count: int,
    started: int,
) -> list[list[int]]:  # fmt: skip
    """Runs of consecutive events of one thread: [thread, start µs, end µs, first line,
    last line, events], the start of the next slice closing each one."""
    found: list[list[int]] = []
    # A switch may fall between taking a slot and reading the clock: order by the clock.
    for at in sorted(range(count), key=times.__getitem__):
        when = (times[at] - started) // 1000
        if found and found[-1][0] == threads[at]:
            last = found[-1]
            last[2], last[4], last[5] = when, lines[at], last[5] + 1
            continue
        if found:
            found[-1][2] = when  # the switch: the slice ended when the other thread began
        if len(found) >= MAX_SLICES:
            break
        found.append([threads[at], when, when, lines[at], lines[at], 1])
    return found


def main(payload: str) -> None:
    job = json.loads(payload)
    fd = os.dup(1)
    try:
        report = run(job["source"], job.get("stdin", []))
    except (SyntaxError, ValueError) as exc:
        report = {"t": "threads", "error": type(exc).__name__, "slices": []}
    os.write(fd, (json.dumps(report) + "\n").encode("utf-8"))
    os._exit(0)
