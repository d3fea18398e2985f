"""Exploring a program: run it under the tracer in the sandbox and read back its trace.

The program shipped to the sandbox is the tracer's own source (`explore/inside/tracer.py`,
standard library only) followed by a call with the learner's code as data. What comes back
is untrusted (the learner's code shared the tracer's process): `explore.trace.read_trace`
keeps the valid prefix and says why it stops. Nothing here grades; a trace never counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyascent.explore import inside
from pyascent.explore.trace import State, Trace, TraceError, describe, read_trace, replay
from pyascent.grader import GraderBusy, GraderError, Limits, RunJob, Runner
from pyascent.services.errors import GradingBusy, GradingFailed, ServiceError
from pyascent.services.grading import default_grader
from pyascent.services.learner_input import read_learner_file

TRACER_SOURCE = (Path(inside.__file__).parent / "tracer.py").read_text(encoding="utf-8")
INTERNALS_SOURCE = (Path(inside.__file__).parent / "internals.py").read_text(encoding="utf-8")
FAITHFUL_SOURCE = (Path(inside.__file__).parent / "faithful.py").read_text(encoding="utf-8")
BYTECODE_SOURCE = (Path(inside.__file__).parent / "bytecode.py").read_text(encoding="utf-8")
INTERNALS_LIMITS = Limits(cpu_seconds=3, wall_seconds=6, memory_mb=256, output_kb=2_048)
# Enough for the tracer's own limits (20,000 steps, 8 MB of trace) to end a run first.
EXPLORE_LIMITS = Limits(
    cpu_seconds=5,
    wall_seconds=10,
    memory_mb=256,
    output_kb=9_000,
    file_size_kb=9_000,  # standard output is a file in the sandbox: this caps it too
    source_kb=1_024,
)
MAX_CODE = 64 * 1024
END_WORDS = {
    "done": "The program finished.",
    "exception": "The program stopped with an error.",
    "syntax-error": "Python could not read the program.",
    "limit:steps": "Stopped after the most steps the explorer shows.",
    "limit:output": "Stopped: the program printed too much.",
    "limit:trace": "Stopped: the trace grew too large.",
    "limit:time": "Stopped: the program ran too long.",
    "tracing-disabled": "Stopped: the program switched tracing off.",
    "tracer-error": "The explorer itself failed here (not your code's fault).",
    "killed": "The program was stopped before it finished.",
    "damaged": "The rest of the trace could not be read.",
}
MAX_STDIN_LINES = 1_000


@dataclass(frozen=True)
class Exploration:
    trace: Trace
    narration: list[str]  # one line per step, in step order
    final: State  # the last step's frames, heap and output

    def as_json(self) -> dict[str, object]:
        return {**self.trace.as_json(), "narration": self.narration}

    @property
    def ending(self) -> str:
        """Why the trace ends, in words."""
        reason = str(self.trace.end.get("reason"))
        return END_WORDS.get(reason, reason)

    def final_frames(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each frame still on the stack, outermost first, with its names described."""
        state = self.final
        return [
            (
                state.frames[fid].name,
                [(k, describe(v, state.heap)) for k, v in state.frames[fid].bindings.items()],
            )
            for fid in state.stack
            if fid in state.frames
        ]


def tracer_program(code: str, stdin: list[str]) -> bytes:
    payload = json.dumps({"source": code, "stdin": stdin})
    return (TRACER_SOURCE + f"\n\nmain({payload!r})\n").encode("utf-8")


def explore(runner: object, code: str, stdin: list[str] | None = None) -> Exploration:
    """Trace `code` in the sandbox (input() answered from `stdin`), steps and narration."""
    if not isinstance(runner, Runner):
        raise ServiceError("This grader cannot run programs, so it cannot trace them.")
    if len(code.encode("utf-8")) > MAX_CODE:
        raise ServiceError(f"The program is over {MAX_CODE // 1024} KiB: too long to trace.")
    lines = list(stdin or [])
    if len(lines) > MAX_STDIN_LINES:
        raise ServiceError(f"Give at most {MAX_STDIN_LINES} lines of input.")
    try:
        output = runner.run(RunJob(code=tracer_program(code, lines), limits=EXPLORE_LIMITS))
    except GraderBusy as exc:
        raise GradingBusy(exc.retry_after) from exc
    except GraderError as exc:
        raise GradingFailed(f"Tracing failed on this machine: {exc}") from exc
    try:
        trace = read_trace(output.stdout, killed=output.status == "timeout")
    except TraceError as exc:
        why = output.error or str(exc)
        raise GradingFailed(f"The program could not be traced: {why}") from exc
    if output.status == "timeout" and trace.end.get("reason") == "killed":
        trace.end["reason"] = "limit:time"
    narration: list[str] = []
    final = State()
    for state, words in replay(trace):
        narration.append(words)
        final = state  # one object, updated in place: after the loop, the last step
    return Exploration(trace, narration, final)


@dataclass(frozen=True)
class Internals:
    """Tokens, syntax tree and bytecode by line, as the sandbox's interpreter sees them."""

    python: str
    tokens: list[list[Any]]
    ast: str
    code: list[dict[str, Any]]
    error: str | None = None
    scopes: list[list[Any]] | None = None  # [line, col, end col, name, L|E|G|B]
    probes: list[list[Any]] | None = None  # [what, measured value]


def internals(runner: object, code: str) -> Internals:
    """The static views of `code`, computed in the sandbox (compiling it runs none of it)."""
    if not isinstance(runner, Runner):
        raise ServiceError("This grader cannot run programs.")
    payload = json.dumps({"source": code})
    program = (INTERNALS_SOURCE + f"\n\nmain({payload!r})\n").encode("utf-8")
    try:
        output = runner.run(RunJob(code=program, limits=INTERNALS_LIMITS))
    except GraderBusy as exc:
        raise GradingBusy(exc.retry_after) from exc
    except GraderError as exc:
        raise GradingFailed(f"The internals views failed on this machine: {exc}") from exc
    try:
        data = json.loads(output.stdout.strip().splitlines()[-1])
        return Internals(
            python=str(data["py"]),
            tokens=[t for t in data.get("tokens", []) if type(t) is list][:2_000],
            ast=str(data.get("ast", "")),
            code=[c for c in data.get("code", []) if type(c) is dict],
            error=data.get("error") or data.get("tokens_error"),
            scopes=[x for x in data.get("scopes", []) if type(x) is list and len(x) == 5],
            probes=[x for x in data.get("probes", []) if type(x) is list and len(x) == 2],
        )
    except (ValueError, IndexError, KeyError, TypeError):
        why = output.error or "no views came back"
        return Internals("", [], "", [], f"The views could not be computed: {why}")


@dataclass(frozen=True)
class GcProfile:
    """The collector at every step, measured by the faithful tier (explore/inside/faithful):
    per step (event, line, gen-0, gen-1, gen-2 counts); each collection as (step,
    generation, collected, uncollectable); the thresholds; what the program printed; and
    the reference count of each name of the running frame, per step, as (step, index into
    `names`, count), the name's own reference included."""

    steps: list[tuple[int, int, int, int, int]]
    collections: list[tuple[int, int, int, int]]
    threshold: tuple[int, int, int]
    stdout: str
    error: str | None = None
    names: tuple[str, ...] = ()
    refs: tuple[tuple[int, int, int], ...] = ()

    def counts_at(self, step: int) -> dict[str, int]:
        """The reference counts of the running frame's names at `step` (0-based)."""
        return {self.names[n]: count for at, n, count in self.refs if at == step}

    def as_json(self) -> dict[str, object]:
        return {
            "steps": [list(s) for s in self.steps],
            "collections": [list(c) for c in self.collections],
            "threshold": list(self.threshold),
            "names": list(self.names),
            "refs": [list(r) for r in self.refs],
        }


def gc_profile(runner: object, code: str, stdin: list[str] | None = None) -> GcProfile:
    """Run `code` once more, under the faithful tier only, for the GC view."""
    if not isinstance(runner, Runner):
        raise ServiceError("This grader cannot run programs.")
    payload = json.dumps({"source": code, "stdin": list(stdin or [])})
    program = (FAITHFUL_SOURCE + f"\n\nmain({payload!r})\n").encode("utf-8")
    try:
        output = runner.run(RunJob(code=program, limits=EXPLORE_LIMITS))
        data = json.loads(output.stdout.strip().splitlines()[-1])
        flat, found = data.get("counts", []), data.get("collections", [])
        steps = [
            (int(flat[i]), int(flat[i + 1]), int(flat[i + 2]), int(flat[i + 3]), int(flat[i + 4]))
            for i in range(0, len(flat) - 4, 5)
        ]
        collections = [
            (int(found[i]), int(found[i + 1]), int(found[i + 2]), int(found[i + 3]))
            for i in range(0, len(found) - 3, 4)
        ]
        low, middle, high = (int(x) for x in data.get("threshold", [0, 0, 0])[:3])
        names = tuple(str(n)[:100] for n in data.get("names", []))
        flat_refs = data.get("refs", [])
        refs = tuple(
            (int(flat_refs[i]), int(flat_refs[i + 1]), int(flat_refs[i + 2]))
            for i in range(0, len(flat_refs) - 2, 3)
            if 0 <= int(flat_refs[i + 1]) < len(names)
        )
        return GcProfile(
            steps,
            collections,
            (low, middle, high),
            str(data.get("stdout", "")),
            data.get("error"),
            names,
            refs,
        )
    except GraderBusy as exc:
        raise GradingBusy(exc.retry_after) from exc
    except GraderError as exc:
        raise GradingFailed(f"The GC view failed on this machine: {exc}") from exc
    except (ValueError, IndexError, TypeError) as exc:
        raise GradingFailed("The GC view could not be measured for this program.") from exc


@dataclass(frozen=True)
class InstructionStep:
    function: str
    offset: int
    instruction: str
    argument: str
    line: int | None
    stack_depth: int | None
    stack: list[str] | None  # bottom first; None where only the depth is known
    column: int | None = None  # where the sub-expression it evaluates starts on `line`
    end_line: int | None = None
    end_column: int | None = None

    def evaluating(self, source: str) -> tuple[str, str, str] | None:
        """The source line cut around the sub-expression this instruction evaluates:
        (before, the sub-expression, after); None when it has no position."""
        lines = source.splitlines()
        if self.line is None or not 1 <= self.line <= len(lines) or self.column is None:
            return None
        text = lines[self.line - 1]
        start = _column(text, self.column)
        end = len(text)
        if self.end_line == self.line and self.end_column is not None:
            end = max(start, _column(text, self.end_column))
        return text[:start], text[start:end], text[end:]


def _column(text: str, utf8_offset: int) -> int:
    """CPython's columns count UTF-8 bytes; the page counts characters."""
    return len(text.encode("utf-8")[:utf8_offset].decode("utf-8", "ignore"))


@dataclass(frozen=True)
class BytecodeSteps:
    """Every instruction run, with the value stack before it ("values") or its depth."""

    python: str
    stack_mode: str  # "values" (read from CPython 3.11's frames) or "depth"
    steps: list[InstructionStep]
    truncated: bool
    error: str | None = None


def bytecode_steps(runner: object, code: str, stdin: list[str] | None = None) -> BytecodeSteps:
    """Run `code` once more, stepping by instruction (explore/inside/bytecode.py)."""
    if not isinstance(runner, Runner):
        raise ServiceError("This grader cannot run programs.")
    payload = json.dumps({"source": code, "stdin": list(stdin or [])})
    program = (BYTECODE_SOURCE + f"\n\nmain({payload!r})\n").encode("utf-8")
    try:
        output = runner.run(RunJob(code=program, limits=EXPLORE_LIMITS))
        data = json.loads(output.stdout.strip().splitlines()[-1])
        steps = [
            InstructionStep(
                str(row[0]),
                int(row[1]),
                str(row[2]),
                str(row[3]),
                _int_or_none(row[4]),
                _int_or_none(row[7]),
                [str(v) for v in row[8]] if type(row[8]) is list else None,
                _int_or_none(row[5]),
                _int_or_none(row[9]),
                _int_or_none(row[6]),
            )
            for row in data.get("steps", [])
            if type(row) is list and len(row) == 10
        ]
        return BytecodeSteps(
            str(data.get("py", "")),
            "values" if data.get("stack") == "values" else "depth",
            steps,
            bool(data.get("truncated")),
            data.get("error"),
        )
    except GraderBusy as exc:
        raise GradingBusy(exc.retry_after) from exc
    except GraderError as exc:
        raise GradingFailed(f"Stepping by instruction failed on this machine: {exc}") from exc
    except (ValueError, IndexError, TypeError) as exc:
        raise GradingFailed("This program could not be stepped by instruction.") from exc


def _int_or_none(value: object) -> int | None:
    return value if type(value) is int else None


def explain_file(path: Path, stdin: Path | None = None) -> Exploration:
    """`pyascent explain FILE`: trace a file on this machine's sandbox."""
    data = read_learner_file(path, MAX_CODE // 1024)
    try:
        code = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ServiceError(f"{path} is not UTF-8 text (byte {exc.start}).") from exc
    lines: list[str] = []
    if stdin is not None:
        try:
            lines = stdin.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ServiceError(f"Cannot read the input file {stdin}: {exc}") from exc
    with default_grader(pooled=False) as grader:
        return explore(grader, code, lines)
