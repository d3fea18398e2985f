"""The faithful tier: the garbage collector's numbers at every step, measured without
changing them.

A tracer that builds snapshots allocates objects the collector counts, so it triggers
collections the untraced program never has (the explorer report measured 549 gen-0
collections against 6). This tier records only integers into arrays allocated before the
program starts, and collections through `gc.callbacks` into another such array; the
learner's own `gc.get_count()`, `gc.get_stats()` and `print` see the numbers of an
untraced run. It counts the same events as the snapshot tracer (call, line, return,
exception in `main.py`), so its step N is the stepper's step N.

Runs inside the sandbox, standard library only, as its own program: `main(payload)`.
"""

from __future__ import annotations

import array
import builtins
import gc
import io
import json
import os
import sys
import types
from typing import Any

FILENAME = "main.py"
MAX_STEPS = 20_000
MAX_COLLECTIONS = 5_000
_EVENTS = {"call": 0, "line": 1, "return": 2, "exception": 3}
_FIELDS = 5  # event, line, gen-0, gen-1 and gen-2 counts


def run(source: str, stdin: list[str]) -> dict[str, Any]:
    code = compile(source, FILENAME, "exec", dont_inherit=True)
    steps = array.array("l", bytes(8 * _FIELDS * MAX_STEPS))
    collected = array.array("l", bytes(8 * 4 * MAX_COLLECTIONS))
    done = [0, 0]  # steps, collections (ints in a list: nothing the collector tracks)
    events = _EVENTS
    get_count = gc.get_count

    def trace(frame: types.FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != FILENAME:
            return None
        at = done[0]
        if at < MAX_STEPS and event in events:
            g0, g1, g2 = get_count()
            base = at * _FIELDS
            steps[base] = events[event]
            steps[base + 1] = frame.f_lineno
            steps[base + 2] = g0
            steps[base + 3] = g1
            steps[base + 4] = g2
            done[0] = at + 1
        return trace

    def on_collection(phase: str, info: dict[str, Any]) -> None:
        at = done[1]
        if phase == "stop" and at < MAX_COLLECTIONS:
            base = at * 4
            collected[base] = done[0]  # the step during which it happened
            collected[base + 1] = info["generation"]
            collected[base + 2] = info["collected"]
            collected[base + 3] = info["uncollectable"]
            done[1] = at + 1

    answers = list(stdin)

    def fake_input(prompt: Any = "") -> str:
        if type(prompt) is str:
            sys.stdout.write(prompt)
        if not answers:
            raise EOFError("no more input")
        return answers.pop(0)

    output = io.StringIO()
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    saved = sys.stdout, builtins.input
    sys.stdout, builtins.input = output, fake_input
    gc.collect()  # every run starts from the same, collected heap
    gc.callbacks.append(on_collection)
    error = None
    sys.settrace(trace)
    try:
        exec(code, main.__dict__)  # noqa: S102 - measuring the learner's program is the point
    except BaseException as exc:  # noqa: BLE001 - the learner's uncaught error ends the run
        error = type(exc).__name__
    finally:
        sys.settrace(None)
        gc.callbacks.remove(on_collection)
        sys.stdout, builtins.input = saved
    return {
        "t": "gc",
        "steps": done[0],
        "counts": steps[: done[0] * _FIELDS].tolist(),
        "collections": collected[: done[1] * 4].tolist(),
        "threshold": list(gc.get_threshold()),
        "stdout": output.getvalue()[:100_000],
        "error": error,
    }


def main(payload: str) -> None:
    job = json.loads(payload)
    fd = os.dup(1)
    try:
        report = run(job["source"], job.get("stdin", []))
    except (SyntaxError, ValueError) as exc:
        report = {"t": "gc", "error": type(exc).__name__, "steps": 0}
    os.write(fd, (json.dumps(report) + "\n").encode("utf-8"))
    os._exit(0)
