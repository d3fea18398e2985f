"""The explorer's tracer on real programs in the real sandbox: golden narrations, replay
invariants, and what happens when a run is killed or the program fights the tracer.

Goldens are per Python version (`<program>.py311.json` on 3.11): regenerate with
PYASCENT_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pyascent.explore.inside import tracer
from pyascent.explore.trace import State, Trace, read_trace, replay
from pyascent.grader import WorkerPool
from pyascent.services.explorer import TRACER_SOURCE, explore
from tests.conftest import GOLDEN, Cli

PROGRAMS = GOLDEN / "explorer"
NAMES = sorted(p.stem for p in PROGRAMS.glob("*.py"))
VERSION = f"py{sys.version_info.major}{sys.version_info.minor}"
UPDATE = os.environ.get("PYASCENT_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(workers=2, warm=True) as grader:
        yield grader


def stdin_of(name: str) -> list[str]:
    path = PROGRAMS / f"{name}.stdin"
    return path.read_text().splitlines() if path.exists() else []


def summary(narration: list[str], trace: Trace, stdout: str) -> dict[str, Any]:
    shown = narration if len(narration) <= 60 else [*narration[:40], "...", *narration[-10:]]
    end = {k: v for k, v in trace.end.items() if k != "t"}
    return {"steps": trace.steps, "end": end, "stdout": stdout, "narration": shown}


@pytest.mark.parametrize("name", NAMES)
def test_golden_narration(pool: WorkerPool, name: str) -> None:
    code = (PROGRAMS / f"{name}.py").read_text()
    found = explore(pool, code, stdin_of(name))
    got = summary(found.narration, found.trace, found.final.stdout)
    expected_path = PROGRAMS / f"{name}.{VERSION}.json"
    if UPDATE or not expected_path.exists():
        expected_path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n")
        if not UPDATE:
            pytest.fail(f"{expected_path.name} was missing: written now, review and commit it")
    assert got == json.loads(expected_path.read_text())


def traced_here(code: str, stdin: list[str], keyframe: int) -> Trace:
    """The tracer run in this process (as in the sandbox, without the process around it)."""
    read, write = os.pipe()
    saved = tracer.KEYFRAME
    tracer.KEYFRAME = keyframe
    try:
        chunks: list[bytes] = []
        import threading

        def drain() -> None:
            while block := os.read(read, 1 << 16):
                chunks.append(block)

        reader = threading.Thread(target=drain)
        reader.start()
        tracer.run(code, stdin, write)
        os.close(write)
        reader.join()
    finally:
        tracer.KEYFRAME = saved
        os.close(read)
    return read_trace(b"".join(chunks).decode("utf-8"))


def snapshot(state: State) -> dict[str, Any]:
    """What a page draws: the frames on the stack and every object they reach."""
    frames = {fid: (state.frames[fid].name, state.frames[fid].bindings) for fid in state.stack}
    reached: dict[int, Any] = {}
    todo = [v for _, bindings in frames.values() for v in bindings.values()]
    while todo:
        value = todo.pop()
        if type(value) is list and len(value) == 2 and value[0] == "r":
            ref = value[1]
            assert ref in state.heap, f"step {state.step}: reference #{ref} does not resolve"
            if ref not in reached:
                reached[ref] = state.heap[ref]
                todo.extend(_refs_in(state.heap[ref]))
    return {"stack": list(state.stack), "frames": frames, "heap": reached, "line": state.line}


def _refs_in(obj: Any) -> list[Any]:
    found: list[Any] = []
    stack = [obj]
    while stack:
        item = stack.pop()
        if type(item) is list:
            if len(item) == 2 and item[0] == "r" and type(item[1]) is int:
                found.append(item)
            else:
                stack.extend(item)
    return found


INVARIANT_PROGRAMS = [n for n in NAMES if n not in ("endless-loop", "deep-recursion", "threads")]


@pytest.mark.parametrize("name", INVARIANT_PROGRAMS)
def test_deltas_replay_to_the_same_state_as_full_snapshots(name: str) -> None:
    """Replaying deltas from the last keyframe gives, at every step, what a trace made of
    keyframes only gives; every reference resolves; calls and returns balance."""
    code = (PROGRAMS / f"{name}.py").read_text()
    deltas = traced_here(code, stdin_of(name), tracer.KEYFRAME)
    full = traced_here(code, stdin_of(name), 1)
    assert deltas.end == full.end and deltas.steps == full.steps
    pairs = zip(replay(deltas), replay(full), strict=True)
    for (state, words), (whole, whole_words) in pairs:
        assert snapshot(state) == snapshot(whole), f"{name}: step {state.step}"
        assert words == whole_words
    events = [r["e"] for r in deltas.records if r["t"] == "s"]
    if deltas.end["reason"] == "done":
        ends = events.count("return") + events.count("yield") + events.count("unwind")
        assert events.count("call") + events.count("resume") == ends
    if deltas.steps > 20:
        small = sum(len(json.dumps(r)) for r in deltas.records)
        large = sum(len(json.dumps(r)) for r in full.records)
        assert small < large


def test_a_run_killed_mid_way_leaves_a_valid_prefix(tmp_path: Path) -> None:
    driver = tmp_path / "driver.py"
    payload = json.dumps({"source": "n = 0\nwhile True:\n    n += 1\n"})
    driver.write_text(TRACER_SOURCE + f"\n\nmain({payload!r})\n")
    process = subprocess.Popen([sys.executable, str(driver)], stdout=subprocess.PIPE)
    assert process.stdout is not None
    chunks: list[bytes] = []
    deadline = time.monotonic() + 30  # a loaded machine may take seconds to start it
    while sum(map(len, chunks)) < 20_000 and time.monotonic() < deadline:
        if select.select([process.stdout], [], [], 0.5)[0]:
            chunks.append(os.read(process.stdout.fileno(), 1 << 16))
    process.send_signal(signal.SIGKILL)  # mid-run, some batches of steps out
    out = b"".join(chunks) + process.communicate()[0]
    trace = read_trace(out.decode("utf-8", "replace"), killed=True)
    assert trace.steps > 0
    assert trace.end["reason"] in ("killed", "limit:steps")
    states = list(replay(trace))
    assert len(states) == trace.steps


@pytest.mark.parametrize(
    "code, reason",
    [
        ("import sys\nsys.settrace(None)\nx = 1\n", "tracing-disabled"),
        ("import sys\nsys.settrace(lambda *a: None)\n", "tracing-disabled"),
        ("import os\nos.write(1, b'{not json}\\n')\nx = 1\n", "done"),
    ],
)
def test_programs_that_fight_the_tracer(pool: WorkerPool, code: str, reason: str) -> None:
    found = explore(pool, code)
    assert found.trace.end["reason"] == reason


def test_the_trace_is_validated_as_untrusted_data() -> None:
    header = json.dumps({"t": "hdr", "v": 1, "py": "3.11", "src": "x = 1\n"})
    good = json.dumps({"t": "s", "i": 1, "e": "line", "ln": 1})
    forged = [
        json.dumps({"t": "s", "i": 3, "e": "line", "ln": 1}),  # skips a step
        json.dumps({"t": "s", "i": 2, "e": "line", "ln": 1, "x": 1}),  # unknown field
        json.dumps({"t": "s", "i": 2, "e": "eval", "ln": 1}),  # unknown event
        json.dumps({"t": "s", "i": 2, "e": "line", "ln": 1, "h": {"1": ["<script>"]}}),
        "{not json",
    ]
    for line in forged:
        trace = read_trace("\n".join([header, good, line, good]))
        assert trace.steps == 1 and trace.end["reason"] == "damaged", line
        assert trace.end["error"].startswith("line 3: ")
    with pytest.raises(ValueError, match="not a trace header"):
        read_trace('{"t": "s"}\n')


def test_pyascent_explain_in_a_terminal(cli: Cli, tmp_path: Path) -> None:
    program = tmp_path / "average.py"
    program.write_text("marks = [70, 85]\ntotal = sum(marks)\nprint(total / len(marks))\n")
    result = cli("explain", str(program))
    assert result.returncode == 0, result.stdout + result.stderr
    text = " ".join(result.stdout.split())
    assert "marks = [70, 85] (line 1)" in text
    assert "total = 155 (line 2)" in text
    assert "prints '77.5\\n'" in text
    assert "The program finished." in text
    missing = cli("explain", str(tmp_path / "nope.py"))
    assert missing.returncode == 2 and "Traceback" not in missing.stdout + missing.stderr


GC_PROGRAM = """import gc

gc.collect()  # start from a collected heap, as the faithful tier does
before = gc.get_stats()[0]["collections"]


class Node:
    pass


for _ in range(2000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
print(gc.get_stats()[0]["collections"] - before)
"""

REFCOUNT_PROGRAM = """import sys


def f():
    x = []
    y = x
    print(sys.getrefcount(x))


f()
"""


@pytest.mark.parametrize("program", [GC_PROGRAM, REFCOUNT_PROGRAM])
def test_the_faithful_tier_leaves_gc_and_refcounts_as_untraced(
    pool: WorkerPool, program: str
) -> None:
    """The learner's own gc and sys.getrefcount numbers under the faithful tier equal an
    untraced run's, where the snapshot tracer's differ (the observer effect it avoids)."""
    from pyascent.grader import Limits, RunJob
    from pyascent.services.explorer import gc_profile

    untraced = pool.run(RunJob(code=program.encode(), limits=Limits(cpu_seconds=5))).stdout
    profile = gc_profile(pool, program)
    assert profile.stdout == untraced
    snapshots = explore(pool, program).final.stdout
    assert snapshots != untraced  # why the GC view has a tier of its own
    if program is REFCOUNT_PROGRAM:  # the counts it shows, measured the same careful way
        seen = [profile.counts_at(n) for n in range(len(profile.steps))]
        assert {"x": 2, "y": 2} in [{k: v for k, v in c.items() if k in "xy"} for c in seen]
        assert all(c.get("f", 1) >= 1 for c in seen) and any("sys" in c for c in seen)
    if program is GC_PROGRAM:
        steps = explore(pool, program).trace.steps
        assert len(profile.steps) == steps  # its step N is the stepper's step N
        assert profile.collections and profile.threshold[0] > 0
        assert all(0 <= g0 <= profile.threshold[0] for _e, _l, g0, _g1, _g2 in profile.steps)


def test_stepping_by_instruction_shows_the_real_value_stack(pool: WorkerPool) -> None:
    """On CPython 3.11-3.13 the stack is read from the interpreter's frames (after a
    self-test); elsewhere only its depth is given. Checked on a snippet whose stacks we know,
    with the sub-expression each instruction evaluates."""
    from pyascent.services.explorer import bytecode_steps

    source = "x = 2\ny = 3\nz = (x + y) * len([x, y])\n"
    found = bytecode_steps(pool, source)
    adds = [s for s in found.steps if s.instruction == "BINARY_OP"]
    assert [s.argument for s in adds] == ["+", "*"]
    assert adds[0].evaluating(source) == ("z = (", "x + y", ") * len([x, y])")
    assert adds[1].evaluating(source) == ("z = ", "(x + y) * len([x, y])", "")
    build = next(s for s in found.steps if s.instruction == "BUILD_LIST")
    assert build.evaluating(source) == ("z = (x + y) * len(", "[x, y]", ")")
    if (3, 11) <= sys.version_info[:2] <= (3, 13):
        assert found.stack_mode == "values"
        assert adds[0].stack == ["2", "3"] and adds[1].stack == ["5", "2"]
        calling = ["NULL", "<function len>"]
        if sys.version_info[:2] == (3, 13):
            calling.reverse()  # 3.13 pushes the callable first, then the NULL
        assert build.stack == ["5", *calling, "2", "3"]
    else:
        assert found.stack_mode == "depth" and adds[0].stack_depth == 2
    assert all(s.function == "<module>" for s in found.steps)
    hostile = "class Loud:\n    def __repr__(self):\n        raise SystemExit(3)\n\nx = [Loud()]\n"
    steps = bytecode_steps(pool, hostile).steps
    assert any(s.stack and "<Loud>" in s.stack for s in steps)  # named, its repr never run


def test_legb_scopes_and_live_probes(pool: WorkerPool) -> None:
    from pyascent.services.explorer import internals

    code = (
        "x = 1\n\ndef outer():\n    y = 2\n    def inner():\n        print(x, y, len([]))\n"
        "    return inner\n\nouter()()\n"
    )
    views = internals(pool, code)
    scopes = {(line, name): where for line, _col, _end, name, where in views.scopes or []}
    assert scopes[(6, "print")] == "B" and scopes[(6, "len")] == "B"
    assert scopes[(6, "x")] == "G" and scopes[(6, "y")] == "E"
    assert scopes[(4, "y")] == "L" and scopes[(9, "outer")] == "G"
    probes = dict((what, value) for what, value in views.probes or [])
    assert probes["small ints that are one shared object"] == "-5..256"
    assert probes['"".join(["hello_", "world"]) is "hello_world" (built when run)'] is False
    assert probes['sys.intern(that join) is "hello_world"'] is True


THREADED = """import threading


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


workers = [threading.Thread(target=count, args=(60_000,), name=f"worker-{k}") for k in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("done")
"""


def test_the_thread_timeline_shows_who_ran_python_code_and_when(pool: WorkerPool) -> None:
    from pyascent.services.thread_timeline import thread_timeline

    timeline = thread_timeline(pool, THREADED)
    assert timeline.stdout == "done\n" and timeline.error is None
    assert timeline.threads == ["MainThread", "worker-0", "worker-1"]
    assert {s.thread for s in timeline.slices} == {0, 1, 2}
    assert timeline.switches >= 2  # the workers took turns holding the GIL
    starts = [s.start_us for s in timeline.slices]
    assert starts == sorted(starts) and all(s.end_us >= s.start_us for s in timeline.slices)
    worker_lines = {s.first_line for s in timeline.slices if s.thread} | {
        s.last_line for s in timeline.slices if s.thread
    }
    assert worker_lines <= {4, 5, 6, 7, 8}  # only the lines of count()
    assert timeline.switch_interval_ms == 5.0
    assert timeline.summary().startswith("3 threads ran Python code over ")
    bars = timeline.bars()
    assert all(130 <= b.x <= 731 and b.width >= 1 for b in bars)

    alone = thread_timeline(pool, "total = 0\nfor i in range(3):\n    total += i\n")
    assert alone.threads == ["MainThread"] and alone.switches == 0


def test_the_sub_expression_that_raised_or_returns_is_located(pool: WorkerPool) -> None:
    program = "def half(x):\n    return 10 // x\n\n\nhalf(4)\nprice = 'é' + half(0)\n"
    found = explore(pool, program)
    subs = {
        (r["e"], r["ln"]): program.splitlines()[r["ln"] - 1].encode()[r["sub"][0] : r["sub"][1]]
        for r in found.trace.records
        if r["t"] == "s" and "sub" in r
    }
    assert subs[("return", 2)] == b"return 10 // x"
    assert subs[("exception", 2)] == b"10 // x"
    assert subs[("exception", 6)] == b"half(0)"  # columns count UTF-8 bytes ('é' is two)
    assert found.trace.end["reason"] == "exception"
