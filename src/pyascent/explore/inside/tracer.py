"""The execution tracer: runs a learner's program under `sys.settrace` and streams every
step as trace format v1 (newline-delimited JSON, docs/explorer.md) on a file descriptor.

It runs inside the sandbox, in the learner's own process, so it imports nothing but the
standard library and its output is untrusted data to whoever reads it. The rules that make
it faithful and safe to run are the explorer report's (shared/reference/explorer.md §7):

- never call the learner's code: values are read with exact type checks and the object
  protocol's own slots (`object.__getattribute__`, `dict.items`), never `repr`, `str`,
  `isinstance` or `getattr` on their objects;
- exact values: floats as `repr` writes them, ints beyond 2**53 as strings;
- iterative walks with caps (elements per container, objects per step, frames shown), so a
  deep or huge structure costs bounded time and never overflows the tracer's own stack;
- deltas: a step carries only the bindings and heap objects that changed, with a keyframe
  every `KEYFRAME` steps; each record is written as it happens (flushed in batches), so a
  run killed at any moment leaves a valid prefix.

A run ends with an `end` record whose `reason` says why: done, exception, a limit, or the
learner switching tracing off. Usage inside the sandbox: `run(source, stdin_lines, fd)`.

One file on purpose, over the usual size: it is sent into the sandbox as source text and
must run there on its own, importing nothing of ours.
"""

from __future__ import annotations

import builtins
import contextlib
import dis
import io
import json
import os
import sys
import threading
import types
from typing import Any

VERSION = 1
FILENAME = "main.py"
KEYFRAME = 100
MAX_STEPS = 20_000
MAX_OUTPUT = 1_000_000  # characters of stdout + stderr
MAX_TRACE = 8_000_000  # bytes of trace
MAX_ITEMS_HEAD, MAX_ITEMS_TAIL = 50, 10
MAX_STR = 200
MAX_OBJECTS = 300
MAX_FRAMES_TOP, MAX_FRAMES_BOTTOM = 30, 5
MAX_DEPTH = 900  # learner calls deep: below the recursion limit, so the tracer has headroom
FLUSH_EVERY = 64  # records

_INT_EXACT = 2**53
_CO_GENERATOR, _CO_COROUTINE, _CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200
_PRIMITIVE = (type(None), bool, int, float, str)
_HIDDEN_GLOBALS = {
    "__builtins__",
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__file__",
    "__cached__",
    "__annotations__",
    "__module__",
    "__qualname__",
    "__firstlineno__",  # class bodies on 3.13
    "__static_attributes__",
}


_SETTRACE = sys.settrace  # the real one: the learner's sys.settrace is replaced in `run`


class _Stop(BaseException):
    """Raised only to end `run` from inside the tracer (never seen by learner code)."""


class Recorder:
    """Holds the stream and what the page already knows, to send only what changed."""

    def __init__(self, fd: int, source: str) -> None:
        self.fd = fd
        self.buffer: list[str] = []
        self.written = 0
        self.steps = 0
        self.output_chars = 0
        self.frame_ids: dict[int, int] = {}  # id(frame) -> frame id, while it is alive
        self.frames_kept: dict[int, types.FrameType] = {}  # so an id is never reused
        self.next_frame = 1
        self.heap_ids: dict[int, int] = {}  # id(obj) -> heap id
        self.kept: list[Any] = []  # every object given an id stays alive: ids never alias
        self.sent_heap: dict[int, list[Any]] = {}  # heap id -> the encoding last sent
        self.sent_frames: dict[int, dict[str, Any]] = {}  # frame id -> bindings last sent
        self.sent_stack: list[int] = []
        self.ended = False
        self.hard_exit = False  # in the sandbox: end the process once the trace has ended
        self.pending_out: dict[str, Any] | None = None
        self.functions: dict[types.CodeType, list[Any]] = {}  # a function's encoding, once
        self.last_top: types.FrameType | None = None
        self.frame_lines: dict[int, int] = {}  # id(frame) -> its line when last on top
        self.on_stack: set[int] = set()  # frame ids on the stack at this step
        self.sent_output = 0  # output length the page was last told
        self.threads_ran = False  # set by the first Python code another thread runs
        self.last_line: int | None = None
        self.emit(
            {
                "t": "hdr",
                "v": VERSION,
                "py": sys.version.split()[0],
                "src": source,
                "limits": {"steps": MAX_STEPS, "output": MAX_OUTPUT},
            }
        )

    # -- the stream ----------------------------------------------------------------

    def emit(self, record: dict[str, Any]) -> None:
        if self.pending_out is not None and record is not self.pending_out:
            self.flush_out()
        line = json.dumps(record, separators=(",", ":"), ensure_ascii=False)
        self.buffer.append(line)
        self.written += len(line) + 1
        if len(self.buffer) >= FLUSH_EVERY:
            self.flush()
        if self.written > MAX_TRACE and not self.ended:
            self.end("limit:trace")

    def flush(self) -> None:
        if self.buffer:
            data = ("\n".join(self.buffer) + "\n").encode("utf-8", "replace")
            self.buffer = []
            view = memoryview(data)
            while view:
                done = os.write(self.fd, view)
                view = view[done:]

    def end(self, reason: str, **extra: Any) -> None:
        if self.ended:
            return
        self.flush_out()
        self.ended = True
        _SETTRACE(None)
        self.buffer.append(
            json.dumps(
                {"t": "end", "reason": reason, "steps": self.steps, **extra}, separators=(",", ":")
            )
        )
        self.flush()
        if self.hard_exit:
            os._exit(0)  # learner code cannot catch this and run on untraced
        raise _Stop

    # -- values ----------------------------------------------------------------------

    def value(self, obj: Any, queue: list[Any]) -> Any:
        """A value as JSON: primitives inline (exactly), everything else a reference."""
        kind = type(obj)
        if kind is bool or obj is None:
            return obj
        if kind is int:
            return obj if -_INT_EXACT <= obj <= _INT_EXACT else ["int", str(obj)]
        if kind is float:
            return ["float", float.__repr__(obj)]
        if kind is str:
            return obj if len(obj) <= MAX_STR else ["str", obj[:MAX_STR], len(obj)]
        key = id(obj)
        heap_id = self.heap_ids.get(key)
        if heap_id is None:
            heap_id = len(self.kept) + 1
            self.heap_ids[key] = heap_id
            self.kept.append(obj)
        queue.append(obj)
        return ["r", heap_id]

    def encode(self, obj: Any, queue: list[Any]) -> list[Any]:
        """One heap object; the objects it refers to go on `queue`."""
        kind = type(obj)
        if kind in (list, tuple, set, frozenset):
            items = list(obj) if kind in (set, frozenset) else obj
            return [kind.__name__, self._items(items, queue), len(obj)]
        if kind is dict:
            pairs = _capped(list(dict.items(obj)))
            return [
                "dict",
                [
                    None if p is _ELIDED else [self.value(p[0], queue), self.value(p[1], queue)]
                    for p in pairs
                ],
                len(obj),
            ]
        if kind is types.FunctionType:
            code = obj.__code__
            known = self.functions.get(code)
            if known is None:
                params = list(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])
                known = self.functions[code] = ["func", code.co_name, params]
            return known
        if kind in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
            frame = _generator_frame(obj)
            fid = self.frame_ids.get(id(frame)) if frame is not None else None
            # Suspended (not on the stack): its frame is drawn on the object, with the
            # line it will resume at and its variables.
            state: list[Any] = []
            if frame is not None and fid not in self.on_stack:
                local = _local_items(frame) if type(frame) is types.FrameType else []
                state = [
                    frame.f_lineno,
                    [[k, self.value(v, queue)] for k, v in local if type(k) is str][
                        :MAX_ITEMS_HEAD
                    ],
                ]
            return ["gen", kind.__name__, obj.__name__, fid, *state]
        if kind is types.ModuleType:
            return ["module", obj.__name__]
        if kind is type:
            names = [base.__name__ for base in obj.__bases__]
            attrs = [
                [k, self.value(v, queue)]
                for k, v in dict(type.__dict__["__dict__"].__get__(obj)).items()
                if type(k) is str and not (k.startswith("__") and k.endswith("__"))
            ]
            return ["class", obj.__name__, names, attrs[:MAX_ITEMS_HEAD]]
        if kind in (
            types.BuiltinFunctionType,
            types.MethodType,
            range,
            bytes,
            bytearray,
            complex,
            slice,
        ):
            return ["other", kind.__name__, _safe_builtin_repr(obj)]
        if _TYPE_MODULE(kind) != "__main__":  # a library's object: its insides are not the lesson
            return ["obj", kind.__name__, []]
        return ["obj", kind.__name__, self._attributes(obj, queue)]

    def _items(self, items: Any, queue: list[Any]) -> list[Any]:
        out: list[Any] = []
        append, value = out.append, self.value
        for item in _capped(items):
            kind = type(item)
            if (kind is int and -_INT_EXACT <= item <= _INT_EXACT) or (
                kind is str and len(item) <= MAX_STR
            ):  # the common case, inline
                append(item)
            elif item is _ELIDED:
                append(None)
            else:
                append(value(item, queue))
        return out

    def _attributes(self, obj: Any, queue: list[Any]) -> list[Any]:
        found: list[Any] = []
        try:
            attrs = _OBJECT_GETATTRIBUTE(obj, "__dict__")
        except (AttributeError, TypeError):
            attrs = None
        value = self.value
        if type(attrs) is dict:
            for k, v in _DICT_ITEMS(attrs):
                kind = type(v)
                if (kind is int and -_INT_EXACT <= v <= _INT_EXACT) or (
                    kind is str and len(v) <= MAX_STR
                ):
                    found.append([k, v])  # the common case, inline
                elif type(k) is str:
                    found.append([k, value(v, queue)])
            del found[MAX_ITEMS_HEAD:]
        for name, descriptor in _slots_of(type(obj)):
            with contextlib.suppress(AttributeError):  # a slot never set
                found.append([name, value(descriptor.__get__(obj, None), queue)])
        return found

    # -- steps -----------------------------------------------------------------------

    def step(self, frame: types.FrameType, event: str, arg: Any) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            self.end("limit:steps")
        keyframe = (self.steps - 1) % KEYFRAME == 0  # steps 1, KEYFRAME + 1, ...: full
        if event == "call" and id(frame) in self.frame_ids:
            event = "resume"  # a generator or coroutine taken up again where it stopped
        stack = _learner_stack(frame)
        if len(stack) > MAX_DEPTH:
            self.end(
                "exception",
                exc={
                    "type": "RecursionError",
                    "ln": frame.f_lineno,
                    "msg": f"maximum recursion depth exceeded: {len(stack)} "
                    "calls deep, none of them has returned",
                },
            )
        shown = _shown_frames(stack)
        ids = [self._frame_id(f) for f in shown]
        self.on_stack = set(ids)
        record: dict[str, Any] = {"t": "s", "i": self.steps, "e": event, "ln": frame.f_lineno}
        if keyframe:
            record["k"] = 1
            self.sent_heap.clear()
            self.sent_frames.clear()
        if ids != self.sent_stack or keyframe:
            record["fr"] = ids
            for gone in set(self.sent_stack) - set(ids):  # left the page: re-sent if it returns
                self.sent_frames.pop(gone, None)
            self.sent_stack = ids
        reached: list[Any] = []
        changed: dict[str, Any] = {}
        top = shown[-1] if shown else frame
        ran_frame, ran_line = self._what_ran(top, event)
        # Another thread may change anything, untraced: then every step walks everything.
        narrow = ran_frame is not None and not keyframe and not self.threads_ran
        ok = narrow and ran_frame is not None and ran_line is not None
        roots = _names_on(ran_frame.f_code, ran_line) if ok and ran_frame and ran_line else None
        if roots is not None and event in ("call", "resume"):
            roots = roots | frozenset(top.f_code.co_varnames)  # the new call's arguments
        aside: list[Any] = []
        for f, fid in zip(shown, ids, strict=True):
            special = f is top or f is ran_frame or f.f_code.co_name == "<module>"
            if roots is not None and not special and not f.f_code.co_cellvars:
                continue  # none of its names can have changed since the last step
            bindings = self._bindings(f, reached if roots is None else aside, reached, roots)
            known = self.sent_frames.get(fid)
            if known is None:  # new to the page (or a keyframe): every name
                changed[str(fid)] = {"fn": f.f_code.co_qualname, "v": bindings}
            elif known != bindings:  # encodings hold only JSON values: no learner __eq__
                delta: dict[str, Any] = {
                    "dv": {k: v for k, v in bindings.items() if k not in known or known[k] != v}
                }
                removed = [k for k in known if k not in bindings]
                if removed:
                    delta["dx"] = removed
                changed[str(fid)] = delta
            self.sent_frames[fid] = bindings
        sent = self.sent_heap
        reached.extend(o for o in aside if self.heap_ids[id(o)] not in sent)  # new to the page
        if len(stack) > len(shown):
            record["elided"] = len(stack) - len(shown)
        if changed:
            record["f"] = changed
        if event == "return":
            if arg is None and not _is_yield(frame) and _unwinding(frame):  # its error goes up
                record["e"] = "unwind"
            else:
                record["ret"] = self.value(arg, reached)
                if _is_yield(frame):
                    record["e"] = "yield"
        elif event == "exception":
            record["exc"] = _exception(arg)
        if event in ("exception", "return", "unwind"):
            sub = _evaluating(frame)
            if sub is not None:
                record["sub"] = sub
        heap = self._walk(reached)
        if heap:
            record["h"] = heap
        if self.output_chars != self.sent_output or (keyframe and self.output_chars):
            record["o"] = self.sent_output = self.output_chars  # only when it grew
        self.emit(record)
        if event == "return" and not _is_suspended(frame):
            fid = self.frame_ids.pop(id(frame), 0)
            self.frame_lines.pop(id(frame), None)
            if id(frame) in self.frames_kept:
                del self.frames_kept[id(frame)]
            if fid in self.sent_frames:
                del self.sent_frames[fid]

    def _what_ran(
        self, top: types.FrameType, event: str
    ) -> tuple[types.FrameType | None, int | None]:
        """The frame and line whose code ran since the last step, when that is one line of
        one frame (None: anything may have run, walk everything)."""
        last_top, last_line = self.last_top, self.last_line
        before = self.frame_lines.get(id(top))  # its line when it was last on top
        self.last_top, self.last_line = top, top.f_lineno
        self.frame_lines[id(top)] = top.f_lineno
        if last_top is None or last_line is None:
            return None, None
        if last_top is top and event in ("line", "return", "exception"):
            return top, last_line if event == "line" else top.f_lineno
        if event in ("call", "resume") and id(last_top) in self.frame_ids:
            return last_top, last_line  # the caller ran part of its line, then called
        if event == "line" and before is not None:
            return top, before  # back from a call: the rest of the line that made it
        return None, None

    def _frame_id(self, frame: types.FrameType) -> int:
        key = id(frame)
        fid = self.frame_ids.get(key)
        if fid is None:
            fid = self.next_frame
            self.next_frame += 1
            self.frame_ids[key] = fid
            self.frames_kept[key] = frame
        return fid

    def _bindings(
        self,
        frame: types.FrameType,
        queue: list[Any],
        watched_queue: list[Any] | None = None,
        watched: frozenset[str] | None = None,
    ) -> dict[str, Any]:
        """A frame's names; the objects they refer to go on `queue`, or, for the names in
        `watched`, on `watched_queue` (the objects a line that ran may have changed)."""
        out: dict[str, Any] = {}
        for name, value in _local_items(frame):
            if type(name) is str and name not in _HIDDEN_GLOBALS:
                into = watched_queue if watched is not None and name in watched else queue
                out[name] = self.value(value, into if into is not None else queue)
        return out

    def _walk(self, queue: list[Any]) -> dict[str, Any]:
        """Encode every object reachable this step (capped); return those that changed."""
        changed: dict[str, Any] = {}
        seen: set[int] = set()
        index = 0
        while index < len(queue) and len(seen) < MAX_OBJECTS:
            obj = queue[index]
            index += 1
            heap_id = self.heap_ids[id(obj)]
            if heap_id in seen:
                continue
            seen.add(heap_id)
            encoded = self.encode(obj, queue)
            if self.sent_heap.get(heap_id) != encoded:  # JSON values only: no learner __eq__
                self.sent_heap[heap_id] = encoded
                changed[str(heap_id)] = encoded
        return changed

    def output(self, stream: str, text: str) -> None:
        if self.ended:
            return
        self.output_chars += len(text)
        if self.output_chars > MAX_OUTPUT:
            self.end("limit:output")
        last = self.pending_out
        if last is not None and last["i"] == self.steps and ("err" in last) == (stream == "err"):
            last["s"] += text  # print() writes its pieces one by one: one record per step
            return
        self.flush_out()
        self.pending_out = {"t": "out", "i": self.steps, "s": text}
        if stream == "err":
            self.pending_out["err"] = 1

    def flush_out(self) -> None:
        if self.pending_out is not None:
            record, self.pending_out = self.pending_out, None
            self.emit(record)


_OBJECT_GETATTRIBUTE = object.__getattribute__
_TYPE_MODULE = type.__dict__["__module__"].__get__  # the class's own record: no learner code
_DICT_ITEMS = dict.items
# A function frame's f_locals: a dict on 3.11 and 3.12, a FrameLocalsProxy from 3.13 on
# (PEP 667). Both are C types, read through their own C methods only.
_LOCALS_TYPE = type((lambda: sys._getframe().f_locals)())
_LOCALS_ITEMS = _LOCALS_TYPE.items


def _local_items(frame: types.FrameType) -> list[tuple[Any, Any]]:
    names = frame.f_locals if frame.f_code.co_name != "<module>" else frame.f_globals
    if type(names) is dict:
        return list(_DICT_ITEMS(names))
    if type(names) is _LOCALS_TYPE:
        return list(_LOCALS_ITEMS(names))
    return []


_SLOTS: dict[type, list[tuple[str, Any]]] = {}


def _slots_of(cls: type) -> list[tuple[str, Any]]:
    """The `__slots__` member descriptors of a class and its bases, worked out once."""
    known = _SLOTS.get(cls)
    if known is None:
        known = []
        for base in cls.__mro__:
            slots = base.__dict__.get("__slots__", ())
            names = [slots] if type(slots) is str else slots if type(slots) in (tuple, list) else ()
            for name in names:
                descriptor = base.__dict__.get(name)
                if type(descriptor) is types.MemberDescriptorType:
                    known.append((name, descriptor))
        _SLOTS[cls] = known
    return known


class _ELIDE:
    pass


_ELIDED = _ELIDE()


def _capped(items: Any) -> list[Any]:
    """The first and last elements of a long sequence, with one gap marker between."""
    if len(items) <= MAX_ITEMS_HEAD + MAX_ITEMS_TAIL:
        return list(items)
    return [*items[:MAX_ITEMS_HEAD], _ELIDED, *items[-MAX_ITEMS_TAIL:]]


_NAME_OPS = {
    name
    for name in dis.opmap
    if name.startswith(("LOAD_", "STORE_", "DELETE_"))
    and any(part in name for part in ("NAME", "GLOBAL", "FAST", "DEREF", "CLOSURE"))
}
_LINE_NAMES: dict[types.CodeType, dict[int, frozenset[str]]] = {}


def _names_on(code: types.CodeType, line: int) -> frozenset[str]:
    """The variable names the statement starting at `line` reads or writes (from its
    bytecode, worked out once per code object)."""
    table = _LINE_NAMES.get(code)
    if table is None:
        found: dict[int, set[str]] = {}
        current = code.co_firstlineno
        for instruction in dis.get_instructions(code):
            starts = instruction.starts_line  # the line (3.11, 3.12) or a flag (3.13)
            if starts is True:
                current = getattr(instruction, "line_number", None) or current
            elif type(starts) is int:
                current = starts
            if instruction.opname in _NAME_OPS:
                value = instruction.argval
                names = value if type(value) is tuple else (value,)
                found.setdefault(current, set()).update(n for n in names if type(n) is str)
        table = _LINE_NAMES[code] = {k: frozenset(v) for k, v in found.items()}
    return table.get(line, frozenset())


def _learner_stack(frame: types.FrameType | None) -> list[types.FrameType]:
    stack = []
    while frame is not None:
        if frame.f_code.co_filename == FILENAME:
            stack.append(frame)
        frame = frame.f_back
    stack.reverse()
    return stack


def _shown_frames(stack: list[types.FrameType]) -> list[types.FrameType]:
    if len(stack) <= MAX_FRAMES_TOP + MAX_FRAMES_BOTTOM:
        return stack
    return stack[:MAX_FRAMES_BOTTOM] + stack[-MAX_FRAMES_TOP:]


def _generator_frame(obj: Any) -> types.FrameType | None:
    for name in ("gi_frame", "cr_frame", "ag_frame"):
        try:
            return object.__getattribute__(obj, name)  # type: ignore[no-any-return]
        except AttributeError:
            continue
    return None


def _is_generator_code(code: types.CodeType) -> bool:
    return bool(code.co_flags & (_CO_GENERATOR | _CO_COROUTINE | _CO_ASYNC_GENERATOR))


_YIELD = {op for name, op in dis.opmap.items() if name in ("YIELD_VALUE", "SEND")}


_AFTER_YIELD: dict[types.CodeType, frozenset[int]] = {}
_END_SEND = {dis.opmap[name] for name in ("SEND", "END_SEND") if name in dis.opmap}


def _resume_points(code: types.CodeType) -> frozenset[int]:
    """Offsets of the instructions right after each yield: where 3.13 reports a yield's
    `return` event (3.11 and 3.12 report it at the yield itself)."""
    known = _AFTER_YIELD.get(code)
    if known is None:
        listing = list(dis.get_instructions(code))
        known = frozenset(
            listing[i + 1].offset
            for i in range(len(listing) - 1)
            if listing[i].opname == "YIELD_VALUE"
        )
        _AFTER_YIELD[code] = known
    return known


def _is_yield(frame: types.FrameType) -> bool:
    """A `return` event that is really a yield: the frame will resume."""
    if not _is_generator_code(frame.f_code):
        return False
    lasti = frame.f_lasti
    code = frame.f_code.co_code
    if 0 <= lasti < len(code) and code[lasti] in _YIELD:
        return True
    return lasti in _resume_points(frame.f_code)


def _ends_yield_from(frame: types.FrameType, arg: Any) -> bool:
    """The StopIteration with which a sub-generator hands back to `yield from`/`await`."""
    if type(arg) is not tuple or not arg or arg[0] not in (StopIteration, StopAsyncIteration):
        return False
    lasti = frame.f_lasti
    code = frame.f_code.co_code
    return _is_generator_code(frame.f_code) and 0 <= lasti < len(code) and code[lasti] in _END_SEND


def _is_suspended(frame: types.FrameType) -> bool:
    return _is_yield(frame)


def _exception(arg: Any) -> dict[str, Any]:
    kind = arg[0] if type(arg) is tuple and arg else None
    value = arg[1] if type(arg) is tuple and len(arg) > 1 else None
    name = kind.__name__ if type(kind) is type else "Exception"
    message = ""
    try:
        args = BaseException.__dict__["args"].__get__(value, None)  # the slot: no learner code
    except TypeError:
        args = ()
    if type(args) is tuple and all(type(a) in _PRIMITIVE for a in args):
        message = ", ".join(str(a) for a in args) if len(args) != 1 else str(args[0])
    return {"type": name, "msg": message[:500]}


_RETURNS = {dis.opmap[name] for name in ("RETURN_VALUE", "RETURN_CONST") if name in dis.opmap}
_YIELDS = {dis.opmap[name] for name in ("YIELD_VALUE",) if name in dis.opmap}


def _evaluating(frame: types.FrameType) -> list[int] | None:
    """Where on its line the frame's current instruction is: [start column, end column] in
    characters, for the page to mark the sub-expression that raised or is returned."""
    at = frame.f_lasti // 2
    for number, place in enumerate(frame.f_code.co_positions()):
        if number == at:
            line, end_line, start, end = place
            if line != frame.f_lineno or end_line != line or start is None or end is None:
                return None
            return [start, end]  # UTF-8 byte columns: the reader converts them
    return None


def _unwinding(frame: types.FrameType) -> bool:
    """A return event not at a return (or yield) instruction: the frame ends because an
    exception is going up through it, also after a `finally` block re-raised it."""
    at = frame.f_lasti
    code = frame.f_code.co_code
    return 0 <= at < len(code) and code[at] not in _RETURNS | _YIELDS


def _safe_builtin_repr(obj: Any) -> str:
    kind = type(obj)
    if kind in (range, complex, bytes, bytearray, slice):
        text = repr(obj)  # an exact built-in type (checked above): its own repr, no learner code
        return text if len(text) <= MAX_STR else text[:MAX_STR] + "…"
    if kind is types.BuiltinFunctionType:
        return f"<built-in {obj.__name__}>"
    if kind is types.MethodType:
        return f"<method {obj.__func__.__name__}>"
    return f"<{kind.__name__}>"


class _Capture(io.TextIOBase):
    """sys.stdout / sys.stderr for the learner: every write becomes an `out` record."""

    def __init__(self, recorder: Recorder, stream: str) -> None:
        self.recorder = recorder
        self.stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if type(text) is not str:
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self.recorder.output(self.stream, text)
        return len(text)


def run(source: str, stdin: list[str], fd: int, hard_exit: bool = False) -> None:
    """Trace `source` as the program `main.py`, answering input() from `stdin`; the trace
    goes to `fd`. `hard_exit` ends the process when the trace ends (in the sandbox)."""
    recorder = Recorder(fd, source)
    recorder.hard_exit = hard_exit
    try:
        code = compile(source, FILENAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        recorder.buffer.append(
            json.dumps(
                {
                    "t": "end",
                    "reason": "syntax-error",
                    "steps": 0,
                    "exc": {
                        "type": type(exc).__name__,
                        "msg": str(getattr(exc, "msg", exc)),
                        "ln": line,
                    },
                }
            )
        )
        recorder.flush()
        return
    answers = list(stdin)

    def fake_input(prompt: Any = "") -> str:
        if type(prompt) is str and prompt:
            recorder.output("out", prompt)
        if not answers:
            raise EOFError("no more input: the explorer was given no more lines to type")
        answer = answers.pop(0)
        recorder.output("out", answer + "\n")
        return answer

    def thread_started(*_args: Any) -> None:
        recorder.threads_ran = True

    def refused_settrace(function: Any) -> None:
        if function is thread_started:  # threading starting a thread: it runs untraced
            recorder.threads_ran = True
            return
        recorder.end("tracing-disabled")

    def trace(frame: types.FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != FILENAME:
            return None
        if event == "exception" and _ends_yield_from(frame, arg):
            return trace  # 3.12+ report how `yield from` ends as an exception; 3.11 does not
        if event in ("call", "line", "return", "exception"):
            try:
                recorder.step(frame, event, arg)
            except _Stop:
                raise
            except Exception as exc:  # noqa: BLE001 - a fault of the tracer's, not the learner's
                recorder.end("tracer-error", error=f"{type(exc).__name__}: {exc}"[:500])
        return trace

    main = types.ModuleType("__main__")  # a real module, so its functions can be pickled
    main.__dict__["__builtins__"] = builtins
    former_main = sys.modules.get("__main__")
    sys.modules["__main__"] = main
    namespace = main.__dict__
    saved = sys.stdout, sys.stderr, builtins.input, _SETTRACE
    sys.stdout, sys.stderr = _Capture(recorder, "out"), _Capture(recorder, "err")
    builtins.input = fake_input
    sys.settrace = refused_settrace
    threading.settrace(thread_started)
    reason, extra = "done", {}
    try:
        saved[3](trace)
        exec(code, namespace)  # noqa: S102 - tracing the learner's program is the point
    except _Stop:
        return
    except BaseException as exc:  # noqa: BLE001 - the learner's uncaught exception ends it
        reason = "exception"
        tb = exc.__traceback__
        line = None
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == FILENAME:
                line = tb.tb_lineno
            tb = tb.tb_next
        extra = {"exc": {**_exception((type(exc), exc, None)), "ln": line}}
    finally:
        saved[3](None)
        sys.stdout, sys.stderr, builtins.input = saved[0], saved[1], saved[2]
        sys.settrace = saved[3]
        if former_main is not None:
            sys.modules["__main__"] = former_main
        threading.settrace(None)
    with contextlib.suppress(_Stop):
        recorder.end(reason, **extra)


def main(payload: str) -> None:
    """The sandbox's entry point: `payload` is JSON {"source", "stdin"}; the trace goes to
    what was standard output, and fd 1 then points nowhere, so bytes the learner's code
    writes there directly cannot land in the middle of a record."""
    job = json.loads(payload)
    fd = os.dup(1)
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, 1)
        os.close(nowhere)
    except OSError:
        pass
    run(job["source"], job.get("stdin", []), fd, hard_exit=True)
    os._exit(0)
