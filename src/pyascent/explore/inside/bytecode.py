"""Stepping by instruction: every bytecode instruction the program runs, with the real
value stack of CPython just before it (the explorer report, §5.3 and Appendix A).

The stack is read through ctypes from the interpreter frame (`_PyInterpreterFrame.stacktop`
and `localsplus`), a private layout: it is read only on CPython 3.11 on a 64-bit, non-debug
build, and only after a self-test on a known snippet gives the stacks it must. Anywhere
else (or when the self-test fails) each step carries the stack's depth alone, worked out
from `dis.stack_effect` along the path the program really took.

Runs inside the sandbox, standard library only, as its own program. Values on the stack are
described without running any learner code: exact built-in scalars by their own repr, any
other object by its type's name.
"""

from __future__ import annotations

import builtins
import ctypes
import dis
import io
import json
import os
import sys
import types
from typing import Any

FILENAME = "main.py"
MAX_INSTRUCTIONS = 5_000
MAX_SHOWN = 12  # stack entries shown per step (the top ones)
NULL = "NULL"
_SCALARS = (int, float, bool, type(None), complex)


def _supported() -> bool:
    return (
        sys.implementation.name == "cpython"
        and sys.version_info[:2] == (3, 11)
        and sys.maxsize > 2**32
        and not hasattr(sys, "gettotalrefcount")
    )


def _localsplus(code: types.CodeType) -> int:
    cells = [c for c in code.co_cellvars if c not in code.co_varnames]
    return len(code.co_varnames) + len(cells) + len(code.co_freevars)


def value_stack(frame: types.FrameType) -> list[Any] | None:
    """The frame's value stack, bottom first, or None when it cannot be read now."""
    iframe = ctypes.c_void_p.from_address(id(frame) + 24).value
    if not iframe:
        return None
    top = ctypes.c_int.from_address(iframe + 64).value
    count = _localsplus(frame.f_code)
    depth = top - count
    if not 0 <= depth <= frame.f_code.co_stacksize:
        return None
    base = iframe + 72 + 8 * count
    pointers = [ctypes.c_void_p.from_address(base + 8 * i).value for i in range(depth)]
    return [ctypes.cast(p, ctypes.py_object).value if p else _NULL for p in pointers]


class _Null:
    pass


_NULL = _Null()


def describe(value: Any) -> str:
    kind = type(value)
    if value is _NULL:
        return NULL
    if kind in _SCALARS:
        text = repr(value)  # an exact built-in scalar: its own repr, no learner code
        return text if len(text) <= 40 else text[:37] + "..."
    if kind is str:
        return repr(value) if len(value) <= 30 else repr(value[:27]) + "..."
    if kind in (types.FunctionType, types.BuiltinFunctionType):
        return f"<function {value.__name__}>"
    if kind is type:
        return f"<class {value.__name__}>"
    return f"<{kind.__name__}>"


def _self_test() -> bool:
    """The reader gives the stacks it must on a snippet whose stacks are known."""
    code = compile("x = 2\ny = 3\nz = (x + y) * 4\n", FILENAME, "exec")
    seen: list[tuple[str, list[str] | None]] = []
    names = {i.offset: i.opname for i in dis.get_instructions(code)}

    def trace(frame: types.FrameType, event: str, _arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            stack = value_stack(frame)
            described = None if stack is None else [describe(v) for v in stack]
            seen.append((names.get(frame.f_lasti, ""), described))
        return trace

    sys.settrace(trace)
    try:
        exec(code, {"__name__": "__selftest__"})  # noqa: S102 - our own snippet
    finally:
        sys.settrace(None)
    ops = [s for s in seen if s[0] == "BINARY_OP"]
    return len(ops) == 2 and ops[0][1] == ["2", "3"] and ops[1][1] == ["5", "4"]


def run(source: str, stdin: list[str]) -> dict[str, Any]:
    code = compile(source, FILENAME, "exec", dont_inherit=True)
    reading = _supported() and _self_test()
    steps: list[list[Any]] = []
    tables: dict[types.CodeType, dict[int, dis.Instruction]] = {}
    depth: dict[int, int] = {}  # id(frame) -> stack depth before its next instruction
    previous: dict[int, dis.Instruction] = {}

    def table(of: types.CodeType) -> dict[int, dis.Instruction]:
        known = tables.get(of)
        if known is None:
            known = tables[of] = {i.offset: i for i in dis.get_instructions(of)}
        return known

    def trace(frame: types.FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != FILENAME:
            return None
        frame.f_trace_opcodes = True
        if event != "opcode" or len(steps) >= MAX_INSTRUCTIONS:
            return trace
        instruction = table(frame.f_code).get(frame.f_lasti)
        if instruction is None:
            return trace
        key = id(frame)
        if reading:
            stack = value_stack(frame)
            shown: Any = None if stack is None else [describe(v) for v in stack[-MAX_SHOWN:]]
            size = None if stack is None else len(stack)
        else:
            size, shown = _depth_now(depth, previous, key, instruction, table(frame.f_code)), None
        positions = instruction.positions
        steps.append(
            [
                frame.f_code.co_qualname,
                instruction.offset,
                instruction.opname,
                instruction.argrepr[:60],
                positions.lineno if positions else None,
                positions.col_offset if positions else None,
                positions.end_col_offset if positions else None,
                size,
                shown,
            ]
        )
        if not reading:
            previous[key] = instruction
        return trace

    answers = list(stdin)
    saved = sys.stdout, builtins.input
    sys.stdout = io.StringIO()
    builtins.input = lambda prompt="": answers.pop(0) if answers else ""
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = main
    error = None
    sys.settrace(trace)
    try:
        exec(code, main.__dict__)  # noqa: S102 - stepping the learner's program is the point
    except BaseException as exc:  # noqa: BLE001 - the learner's uncaught error ends the run
        error = type(exc).__name__
    finally:
        sys.settrace(None)
        sys.stdout, builtins.input = saved
    return {
        "t": "bytecode",
        "py": sys.version.split()[0],
        "stack": "values" if reading else "depth",
        "steps": steps,
        "truncated": len(steps) >= MAX_INSTRUCTIONS,
        "error": error,
    }


def _depth_now(
    depth: dict[int, int],
    previous: dict[int, dis.Instruction],
    key: int,
    instruction: dis.Instruction,
    listing: dict[int, dis.Instruction],
) -> int:
    """Where the real stack cannot be read: its depth before `instruction`, from the
    previous instruction's effect, taking its jump when the program did jump."""
    before = previous.get(key)
    if before is None:
        depth[key] = 0
        return 0
    offsets = sorted(listing)
    at = offsets.index(before.offset) if before.offset in listing else -1
    fell_through = 0 <= at < len(offsets) - 1 and offsets[at + 1] == instruction.offset
    try:
        effect = dis.stack_effect(before.opcode, before.arg, jump=not fell_through)
    except ValueError:
        effect = 0
    depth[key] = max(0, depth.get(key, 0) + effect)
    return depth[key]


def main(payload: str) -> None:
    job = json.loads(payload)
    fd = os.dup(1)
    try:
        report = run(job["source"], job.get("stdin", []))
    except (SyntaxError, ValueError) as exc:
        report = {"t": "bytecode", "error": type(exc).__name__, "steps": []}
    os.write(fd, (json.dumps(report) + "\n").encode("utf-8"))
    os._exit(0)
