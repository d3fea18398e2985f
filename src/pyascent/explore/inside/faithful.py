"""The faithful tier: the garbage collector's numbers and the reference counts of the
running frame's names at every step, measured without changing them.

A tracer that builds snapshots allocates objects the collector counts, so it triggers
collections the untraced program never has (the explorer report measured 549 gen-0
collections against 6). This tier records only integers into arrays allocated before the
program starts, and collections through `gc.callbacks` into another such array; the
learner's own `gc.get_count()`, `gc.get_stats()` and `print` see the numbers of an
untraced run. It counts the same events as the snapshot tracer (call, line, return,
exception in `main.py`), so its step N is the stepper's step N.

Reference counts: a function's locals are read from the interpreter frame's fast-locals
array with `ctypes.memmove` into a buffer made before the program starts (reading
`frame.f_locals` would make a dict that holds a reference to each: the learner's own
`sys.getrefcount` would print two more), and each count from the object's header the same
way; `ctypes` objects made per read would be new objects the collector counts. Module-level
names are looked up in the globals dict and counted with `sys.getrefcount`, minus the two
references the lookup itself holds for that instant. Each count includes the name's own
reference. The frame layout is read only on 64-bit CPython 3.11-3.13 (elsewhere module
names alone are counted).

Runs inside the sandbox, standard library only, as its own program: `main(payload)`.
"""

from __future__ import annotations

import array
import builtins
import ctypes
import dis
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
MAX_REFS = 200_000  # (step, name, count) records
MAX_SLOTS = 256  # fast locals read per frame
_STORES = {"STORE_NAME", "STORE_GLOBAL"}


def _frames_readable() -> bool:
    return (
        sys.implementation.name == "cpython"
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and sys.maxsize > 2**32
        and not hasattr(sys, "gettotalrefcount")
    )


def plans(code: types.CodeType, names: list[str]) -> dict[types.CodeType, tuple[Any, ...]]:
    """For each code object of the program, what to count at its steps: the module's stored
    names (looked up by name) or a function's plain locals (by slot); `names` collects every
    name shown, and each plan refers to them by index."""
    found: dict[types.CodeType, tuple[Any, ...]] = {}

    def index(name: str) -> int:
        if name not in names:
            names.append(name)
        return names.index(name)

    def visit(of: types.CodeType, module: bool) -> None:
        if module:
            stored = []
            for instruction in dis.get_instructions(of):
                if instruction.opname in _STORES and instruction.argval not in stored:
                    stored.append(instruction.argval)
            found[of] = (True, tuple(stored), tuple(index(n) for n in stored), 0)
        else:
            slots = [
                (number, name)
                for number, name in enumerate(of.co_varnames[:MAX_SLOTS])
                if name not in of.co_cellvars  # a captured local's slot holds its cell
            ]
            found[of] = (
                False,
                tuple(n for n, _ in slots),
                tuple(index(name) for _, name in slots),
                max((n for n, _ in slots), default=-1) + 1,
            )
        for const in of.co_consts:
            if isinstance(const, types.CodeType):
                visit(const, False)

    visit(code, True)
    return found


def run(source: str, stdin: list[str]) -> dict[str, Any]:
    code = compile(source, FILENAME, "exec", dont_inherit=True)
    steps = array.array("l", bytes(8 * _FIELDS * MAX_STEPS))
    collected = array.array("l", bytes(8 * 4 * MAX_COLLECTIONS))
    refs = array.array("q", bytes(8 * 3 * MAX_REFS))
    done = [0, 0, 0]  # steps, collections, refs (ints in a list: nothing the collector tracks)
    events = _EVENTS
    get_count = gc.get_count
    names: list[str] = []
    plan = plans(code, names)
    readable = _frames_readable()
    buffer = (ctypes.c_ssize_t * MAX_SLOTS)()
    header = (ctypes.c_ssize_t * 1)()
    memmove = ctypes.memmove
    missing = object()
    refcount = sys.getrefcount

    def count_names(frame: types.FrameType, at: int) -> None:
        known = plan.get(frame.f_code)
        if known is None:
            return
        module, keys, ids, width = known
        if module:
            where = frame.f_globals
            for k in range(len(keys)):
                value = where.get(keys[k], missing)
                if value is not missing and done[2] < MAX_REFS:
                    base = done[2] * 3
                    refs[base] = at
                    refs[base + 1] = ids[k]
                    refs[base + 2] = refcount(value) - 2  # `value` and the call's argument
                    done[2] += 1
                value = None
            return
        if not readable or width == 0:
            return
        memmove(buffer, id(frame) + 24, 8)  # PyFrameObject.f_frame
        memmove(buffer, buffer[0] + 72, 8 * width)  # _PyInterpreterFrame.localsplus
        for k in range(len(keys)):
            pointer = buffer[keys[k]]
            if pointer and done[2] < MAX_REFS:
                memmove(header, pointer, 8)  # ob_refcnt
                base = done[2] * 3
                refs[base] = at
                refs[base + 1] = ids[k]
                refs[base + 2] = header[0]
                done[2] += 1

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
            count_names(frame, at)
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
        "names": names,
        "refs": refs[: done[2] * 3].tolist(),
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
