"""Reading a trace (format v1, docs/explorer.md) as the untrusted data it is, and replaying it.

The tracer runs in the learner's process, so a trace may be cut short (a kill, a limit) or
forged. `read_trace` keeps every record up to the first one that breaks the schema, caps
the whole, and always ends with an `end` record: the tracer's own, or one saying why the
rest is missing. `replay` walks the records once, keeping the current frames, bindings,
heap and output, and says in one line what each step changed (the page and `pyascent
explain` show these; screen readers hear them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

VERSION = 1
MAX_RECORDS = 60_000
MAX_BYTES = 8_500_000
END_REASONS = {
    "done",
    "exception",
    "syntax-error",
    "limit:steps",
    "limit:output",
    "limit:trace",
    "limit:time",
    "tracing-disabled",
    "tracer-error",
    "killed",
    "damaged",
}
_STEP_EVENTS = {"call", "resume", "line", "return", "yield", "unwind", "exception"}
_STEP_KEYS = {"t", "i", "e", "ln", "k", "fr", "f", "h", "ret", "exc", "o", "elided", "sub"}
_HEAP_KINDS = {
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "func",
    "gen",
    "module",
    "class",
    "other",
    "obj",
}


class TraceError(ValueError):
    """A record that breaks the format: where, and what is wrong."""


@dataclass
class Trace:
    """The records that passed validation; `end` is always set."""

    header: dict[str, Any]
    records: list[dict[str, Any]] = field(default_factory=list)
    end: dict[str, Any] = field(default_factory=dict)

    @property
    def steps(self) -> int:
        return sum(1 for r in self.records if r["t"] == "s")

    def as_json(self) -> dict[str, Any]:
        return {"header": self.header, "records": self.records, "end": self.end}


def read_trace(text: str, killed: bool = False) -> Trace:
    """Validate a stream; the valid prefix survives anything after it.

    `killed` says the process was stopped (time limit, crash) rather than ending itself.
    """
    lines = text[:MAX_BYTES].split("\n")
    if not lines or not lines[0].strip():
        raise TraceError("the program produced no trace at all")
    try:
        header = json.loads(lines[0])
        _check_header(header)
    except (ValueError, TypeError) as exc:
        raise TraceError(f"line 1: not a trace header ({exc})") from exc
    trace = Trace(header)
    step = 0
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        if len(trace.records) >= MAX_RECORDS:
            trace.end = {"t": "end", "reason": "limit:trace", "steps": step}
            return trace
        try:
            record = json.loads(line)
            kind = _check_record(record, step)
        except (ValueError, TypeError) as exc:
            truncated = len(text) > MAX_BYTES and number == len(lines)
            reason = "limit:trace" if truncated else "damaged"
            trace.end = {"t": "end", "reason": reason, "steps": step}
            if reason == "damaged":
                trace.end["error"] = f"line {number}: {exc}"
            return trace
        if kind == "end":
            trace.end = record
            return trace
        if kind == "s":
            step = record["i"]
        trace.records.append(record)
    trace.end = {"t": "end", "reason": "killed" if killed else "damaged", "steps": step}
    if not killed:
        trace.end["error"] = "the trace stops without saying why"
    return trace


def _check_header(header: Any) -> None:
    if type(header) is not dict or header.get("t") != "hdr":
        raise TraceError("the first record is not a header")
    if header.get("v") != VERSION:
        raise TraceError(f"trace format version {header.get('v')!r}, expected {VERSION}")
    if type(header.get("src")) is not str or type(header.get("py")) is not str:
        raise TraceError("the header lacks the source or the Python version")


def _frame_entry_ok(entry: Any) -> bool:
    """A frame's names in full ({"fn", "v"}), or what changed ({"dv", "dx"?})."""
    if type(entry) is not dict:
        return False
    if "v" in entry:
        return type(entry["v"]) is dict and type(entry.get("fn")) is str and len(entry) == 2
    removed = entry.get("dx", [])
    return (
        type(entry.get("dv")) is dict
        and type(removed) is list
        and all(type(k) is str for k in removed)
        and set(entry) <= {"dv", "dx"}
    )


def _check_record(record: Any, previous_step: int) -> str:
    if type(record) is not dict:
        raise TraceError("a record is not an object")
    kind = record.get("t")
    if kind == "s":
        unknown = set(record) - _STEP_KEYS
        if unknown:
            raise TraceError(f"unknown step field {sorted(unknown)[0]!r}")
        if record.get("i") != previous_step + 1:
            raise TraceError(f"step {record.get('i')!r} does not follow step {previous_step}")
        if record.get("e") not in _STEP_EVENTS:
            raise TraceError(f"unknown event {record.get('e')!r}")
        if type(record.get("ln")) is not int:
            raise TraceError("a step without a line number")
        frames = record.get("f", {})
        if type(frames) is not dict or not all(_frame_entry_ok(v) for v in frames.values()):
            raise TraceError("frames are malformed")
        heap = record.get("h", {})
        if type(heap) is not dict or any(
            type(v) is not list or not v or v[0] not in _HEAP_KINDS for v in heap.values()
        ):
            raise TraceError("heap objects are malformed")
        stack = record.get("fr", [])
        if type(stack) is not list or any(type(x) is not int for x in stack):
            raise TraceError("the frame stack is malformed")
        sub = record.get("sub", [0, 0])
        if type(sub) is not list or len(sub) != 2 or any(type(x) is not int for x in sub):
            raise TraceError("the sub-expression's columns are malformed")
        if not 0 <= sub[0] <= sub[1] <= 100_000:
            raise TraceError("the sub-expression's columns are out of order")
        return "s"
    if kind == "out":
        if type(record.get("s")) is not str or type(record.get("i")) is not int:
            raise TraceError("an output record without text")
        return "out"
    if kind == "end":
        if record.get("reason") not in END_REASONS:
            raise TraceError(f"unknown end reason {record.get('reason')!r}")
        return "end"
    raise TraceError(f"unknown record kind {kind!r}")


# -- replay -----------------------------------------------------------------------------


@dataclass
class Frame:
    id: int
    name: str
    line: int = 0
    bindings: dict[str, Any] = field(default_factory=dict)


@dataclass
class State:
    """Everything known at one step: what the page draws."""

    step: int = 0
    event: str = ""
    line: int = 0
    stack: list[int] = field(default_factory=list)
    frames: dict[int, Frame] = field(default_factory=dict)
    heap: dict[int, list[Any]] = field(default_factory=dict)
    stdout: str = ""
    returned: Any = None
    exception: dict[str, Any] | None = None
    raised: dict[str, Any] | None = None  # the last exception raised, kept while it unwinds
    sub: tuple[int, int] | None = None  # UTF-8 columns, on `line`, of what raised or returns


def replay(trace: Trace) -> Iterator[tuple[State, str]]:
    """Each step's state (the same object, updated in place) and its narration."""
    state = State()
    printed = ""
    for record in trace.records:
        if record["t"] == "out":
            state.stdout += record["s"]
            printed += record["s"]
            continue
        before = {fid: dict(frame.bindings) for fid, frame in state.frames.items()}
        previous_heap = dict(state.heap)
        lines = {fid: frame.line for fid, frame in state.frames.items()}
        _apply(state, record)
        previous_line = lines.get(state.stack[-1], 0) if state.stack else 0
        words = _narrate(state, record, before, previous_heap, printed, previous_line)
        printed = ""
        yield state, words


def _apply(state: State, record: dict[str, Any]) -> None:
    if record.get("k"):
        state.heap = {}
    state.step, state.event, state.line = record["i"], record["e"], record["ln"]
    if "fr" in record:
        state.stack = list(record["fr"])
        state.frames = {fid: f for fid, f in state.frames.items() if fid in state.stack}
    for key, entry in record.get("f", {}).items():
        fid = int(key)
        if "v" in entry:
            frame = state.frames.setdefault(fid, Frame(fid, entry["fn"]))
            frame.name, frame.bindings = entry["fn"], dict(entry["v"])
            continue
        frame = state.frames.setdefault(fid, Frame(fid, "?"))
        bindings = {**frame.bindings, **entry["dv"]}  # only what changed was sent
        for name in entry.get("dx", []):
            bindings.pop(name, None)
        frame.bindings = bindings
    if state.stack:
        top = state.frames.setdefault(state.stack[-1], Frame(state.stack[-1], "?"))
        top.line = state.line
    for key, obj in record.get("h", {}).items():
        state.heap[int(key)] = obj
    state.returned = record.get("ret")
    state.exception = record.get("exc")
    state.sub = tuple(record["sub"]) if "sub" in record else None
    if state.exception is not None:
        state.raised = state.exception


def describe(value: Any, heap: dict[int, list[Any]]) -> str:
    """A value in a few words, as the narration says it (no learner code ever ran for it)."""
    if value is None:
        return "None"
    if value is True or value is False:
        return str(value)
    if type(value) is int:
        return str(value)
    if type(value) is str:
        return repr(value)
    if type(value) is list and len(value) >= 2 and value[0] in ("int", "float"):
        return str(value[1])
    if type(value) is list and len(value) == 3 and value[0] == "str":
        return repr(value[1]) + f"… ({value[2]} characters)"
    if type(value) is list and len(value) == 2 and value[0] == "r":
        obj = heap.get(value[1])
        if obj is None:
            return "an object"
        return _describe_object(obj, heap)
    return "?"


def _describe_object(obj: list[Any], heap: dict[int, list[Any]]) -> str:
    kind = obj[0]
    if kind in ("list", "tuple", "set", "frozenset") and len(obj) >= 3:
        items = obj[1]
        if obj[2] <= 6 and all(type(i) is not list or i[0] != "r" for i in items):
            inside = ", ".join(describe(i, heap) for i in items)
            shown = {"list": f"[{inside}]", "tuple": f"({inside}{',' if obj[2] == 1 else ''})"}
            return shown.get(kind, "{" + inside + "}" if inside else f"{kind}()")
        return f"a {kind} of {obj[2]}"
    if kind == "dict" and len(obj) >= 3:
        return f"a dict of {obj[2]}"
    if kind == "func":
        return f"function {obj[1]}"
    if kind == "class":
        return f"class {obj[1]}"
    if kind == "obj":
        return f"a {obj[1]} object"
    if kind == "gen":
        return f"a {obj[1]} {obj[2]}"
    if kind == "module":
        return f"module {obj[1]}"
    if kind == "other" and len(obj) >= 3:
        return str(obj[2])
    return str(kind)


def _narrate(
    state: State,
    record: dict[str, Any],
    before: dict[int, dict[str, Any]],
    previous_heap: dict[int, list[Any]],
    printed: str,
    previous_line: int,
) -> str:
    parts: list[str] = []
    event = record["e"]
    if record["i"] == 1:
        return "starts the program"
    top = state.frames.get(state.stack[-1]) if state.stack else None
    if event == "call" and top is not None and top.name != "<module>":
        args = ", ".join(f"{k}={describe(v, state.heap)}" for k, v in top.bindings.items())
        parts.append(f"calls {top.name}({args})")
    if event == "resume" and top is not None:
        parts.append(f"resumes {top.name}")
    for fid, frame in state.frames.items():
        old = before.get(fid)
        if old is None or (event in ("call", "resume") and top is not None and fid == top.id):
            continue
        for name, value in frame.bindings.items():
            if name not in old:
                parts.append(f"{name} = {describe(value, state.heap)}")
            elif old[name] != value:
                parts.append(
                    f"{name} {describe(old[name], previous_heap)} → {describe(value, state.heap)}"
                )
            elif type(value) is list and value[:1] == ["r"]:
                ref = value[1]
                if ref in previous_heap and state.heap.get(ref) != previous_heap[ref]:
                    parts.extend(_changed_object(name, ref, previous_heap[ref], state.heap))
    if printed:
        shown = printed if len(printed) <= 60 else printed[:57] + "..."
        parts.append(f"prints {shown!r}")
    if event == "return" and top is not None and top.name != "<module>":
        parts.append(f"{top.name} returns {describe(state.returned, state.heap)}")
    if event == "unwind" and top is not None and top.name != "<module>":
        kind = (state.raised or {}).get("type", "exception")
        parts.append(f"{top.name} stops: the {kind} goes up to its caller")
    if event == "yield" and top is not None:
        parts.append(f"{top.name} yields {describe(state.returned, state.heap)}")
    if event == "exception" and state.exception:
        parts.append(f"raises {state.exception.get('type')}: {state.exception.get('msg', '')}")
    if not parts:
        return f"next: line {state.line}"
    if event in ("line", "return", "yield", "unwind", "exception") and previous_line:
        return "; ".join(parts) + f" (line {previous_line})"
    return "; ".join(parts)


def _changed_object(name: str, ref: int, old: list[Any], heap: dict[int, list[Any]]) -> list[str]:
    """What changed inside the object `name` refers to, said through that name."""
    new = heap[ref]
    if new[0] == "gen":
        return []  # it ran or stopped: the call, resume and yield steps say so
    if new[0] == "obj" and old[0] == "obj" and len(new) >= 3 and len(old) >= 3:
        before = {pair[0]: pair[1] for pair in old[2] if type(pair) is list and len(pair) == 2}
        said = [
            f"{name}.{attr} = {describe(value, heap)}"
            for attr, value in (p for p in new[2] if type(p) is list and len(p) == 2)
            if before.get(attr, _MISSING) != value
        ]
        return said or [f"{name} changed"]
    grew = new[0] == old[0] == "list" and len(new) >= 3 and len(old) >= 3
    if grew and new[2] == old[2] + 1 and new[1][:-1] == old[1]:
        return [f"{name}: appended {describe(new[1][-1], heap)}"]
    return [f"{name} is now {describe(['r', ref], heap)}"]


_MISSING = object()
