"""Stepping by instruction: every bytecode instruction the program runs, with the real
value stack of CPython just before it (the explorer report, §5.3 and Appendix A).

How: each code object of the program is given a location table in which every instruction
is a line of its own, so the tracer's `line` event fires before every instruction. At line
events CPython 3.11, 3.12 and 3.13 all save the stack pointer (at `opcode` events only 3.11
does), so the stack is read through ctypes from the interpreter frame
(`_PyInterpreterFrame.stacktop` and `localsplus`, the same offsets on the three). It is read
only on those versions, on a 64-bit non-debug CPython, and only after a self-test on known
snippets gives the stacks it must; anywhere else each step carries the stack's depth alone,
worked out from `dis.stack_effect` along the path the program really took. The original
positions of each instruction are kept, so the page can highlight the sub-expression that
is being evaluated.

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
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
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


def _varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x40:
        out.append(0x40 | (value & 0x3F))
        value >>= 6
    out.append(value)
    return bytes(out)


def _svarint(value: int) -> bytes:
    return _varint((-value << 1) | 1 if value < 0 else value << 1)


_NO_COLUMNS = 13  # a location entry that gives a line (as a delta) and no columns


def one_line_each(code: types.CodeType, originals: dict[tuple[types.CodeType, int], Any]) -> Any:
    """`code` (and every code object inside it) with instruction number N on line N + 1.

    `originals` receives, for each new code object and instruction index, the original
    instruction (its offset, name, argument and positions)."""
    consts = tuple(
        one_line_each(c, originals) if isinstance(c, types.CodeType) else c for c in code.co_consts
    )
    instructions = list(dis.get_instructions(code))
    table = bytearray()
    line = 0  # the rewritten code's co_firstlineno: deltas start from there
    for number, instruction in enumerate(instructions):
        following = instructions[number + 1].offset if number + 1 < len(instructions) else None
        units = (following if following is not None else len(code.co_code)) - instruction.offset
        units //= 2
        wanted = number + 1
        delta = wanted - line
        line = wanted
        while units > 0:  # an entry covers at most 8 code units (an instruction and caches)
            length = min(units, 8)
            table.append(0x80 | (_NO_COLUMNS << 3) | (length - 1))
            table += _svarint(delta)
            delta = 0
            units -= length
    rewritten = code.replace(co_consts=consts, co_linetable=bytes(table), co_firstlineno=0)
    for number, instruction in enumerate(instructions):
        originals[(rewritten, number + 1)] = instruction
    return rewritten


SELF_TEST = (
    "x = 2\ny = 3\nz = (x + y) * 4\n"
    "def f(a):\n    b = 10\n    def g():\n        return b\n    return a + b\nf(5)\n"
)


def _self_test() -> bool:
    """The reader gives the stacks it must on snippets whose stacks are known: at module
    level, and in a function with a cell variable (which moves the stack's start)."""
    originals: dict[tuple[types.CodeType, int], Any] = {}
    code = one_line_each(compile(SELF_TEST, FILENAME, "exec"), originals)
    seen: list[tuple[str, list[str] | None]] = []

    def trace(frame: types.FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            instruction = originals.get((frame.f_code, frame.f_lineno))
            stack = value_stack(frame)
            described = None if stack is None else [describe(v) for v in stack]
            seen.append((instruction.opname if instruction else "", described))
        return trace

    sys.settrace(trace)
    try:
        exec(code, {"__name__": "__selftest__"})  # noqa: S102 - our own snippet
    finally:
        sys.settrace(None)
    ops = [s for s in seen if s[0] == "BINARY_OP"]
    return [s[1] for s in ops] == [["2", "3"], ["5", "4"], ["5", "10"]]


def run(source: str, stdin: list[str]) -> dict[str, Any]:
    originals: dict[tuple[types.CodeType, int], Any] = {}
    code = one_line_each(compile(source, FILENAME, "exec", dont_inherit=True), originals)
    reading = _supported() and _self_test()
    steps: list[list[Any]] = []
    listings: dict[types.CodeType, dict[int, dis.Instruction]] = {}
    depth: dict[int, int] = {}  # id(frame) -> stack depth before its next instruction
    previous: dict[int, dis.Instruction] = {}

    def listing(of: types.CodeType) -> dict[int, dis.Instruction]:
        known = listings.get(of)
        if known is None:
            known = listings[of] = {i.offset: i for i in dis.get_instructions(of)}
        return known

    def trace(frame: types.FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename != FILENAME:
            return None
        if event != "line" or len(steps) >= MAX_INSTRUCTIONS:
            return trace
        instruction = originals.get((frame.f_code, frame.f_lineno))
        if instruction is None:
            return trace
        key = id(frame)
        if reading:
            stack = value_stack(frame)
            shown: Any = None if stack is None else [describe(v) for v in stack[-MAX_SHOWN:]]
            size = None if stack is None else len(stack)
        else:
            size = _depth_now(depth, previous, key, instruction, listing(frame.f_code))
            shown = None
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
                positions.end_lineno if positions else None,
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
