"""Verified checks (judge and subject in separate processes), in one run:

- median and p99 of one check, against the single-process mode and against a fresh
  `python -m pytest`;
- the cost of one round trip across the judge-subject channel (target: under 100 µs);
- an exercise whose tests make 10,000 calls into the learner's code (target: 250 ms verified);
- a test that passes a list of a million ints to the learner's code (target: 200 ms for the
  crossing, the check's time minus that of the one-function check).

Every figure is also printed as a ratio against the single-process mode of the same run.

Run: .venv/bin/python -m bench.verified
"""

from __future__ import annotations

import importlib.util
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from bench._common import fresh_pytest_seconds, median_ms, timed
from pyascent.grader import GradeJob, WorkerPool

INSIDE = Path(__file__).resolve().parent.parent / "src" / "pyascent" / "grader" / "inside"
ADD = b"def add(a, b):\n    return a + b\n"
TESTS = (
    "from adder import add\n\n\n"
    "def test_small():\n    assert add(2, 3) == 5\n\n\n"
    "def test_negative():\n    assert add(-2, -3) == -5\n\n\n"
    "def test_zero():\n    assert add(0, 7) == 7\n"
)
MANY = "from adder import add\n\n\ndef test_many():\n    for i in range(10_000):\n        assert add(i, 1) == i + 1\n"
BIG_SOURCE = ADD + b"\n\ndef total(numbers):\n    return sum(numbers)\n"
BIG = (
    "from adder import total\n\n\ndef test_big():\n"
    "    numbers = list(range(1_000_000))\n    assert total(numbers) == 499999500000\n"
)
RUNS = 60


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_pyascent_inside_{name}", INSIDE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def round_trip_us(shared: bool, calls: int = 20_000) -> float:
    """A judge channel talking to a subject in a forked process, no sandbox: the protocol's
    own cost per call, through the shared page (`shared`) or the socket alone."""
    load("wire")
    link = load("link")
    judge, subject = load("judge"), load("subject")
    folder = Path(tempfile.mkdtemp())
    (folder / "adder.py").write_bytes(ADD)
    left, right = socket.socketpair()
    lane = link.create() if shared else None
    pid = os.fork()
    if pid == 0:
        left.close()
        subject.serve(right.fileno(), str(folder), ["adder.py"], shared=lane)
        os._exit(0)
    right.close()
    ends = link.Link(left, lane[0], 0, lane[1]) if lane is not None else None
    channel = judge.Channel(left, ends)
    module = channel.request("import", name="adder", reload=False)
    add = module.add
    started = time.perf_counter()
    for i in range(calls):
        add(i, 1)
    elapsed = time.perf_counter() - started
    channel.link.send({"op": "bye"})
    channel.sock.close()
    os.waitpid(pid, 0)
    return elapsed / calls * 1e6


def check_times(pool: WorkerPool, job: GradeJob) -> list[float]:
    for _ in range(5):
        pool.grade(job)
    return [timed(lambda: pool.grade(job)) for _ in range(RUNS)]


def _time_many(pool: WorkerPool, job: GradeJob) -> float:
    return timed(lambda: pool.grade(job))


def p99(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.99) - 1] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        tests = Path(root) / "t"
        tests.mkdir()
        (tests / "test_adder.py").write_text(TESTS)
        many = Path(root) / "m"
        many.mkdir()
        (many / "test_many.py").write_text(MANY)
        big = Path(root) / "b"
        big.mkdir()
        (big / "test_big.py").write_text(BIG)
        base = median_ms(fresh_pytest_seconds({"adder.py": ADD}, tests, 20))
        results = {}
        for verified in (False, True):
            with WorkerPool(workers=1, verified=verified) as pool:
                job = GradeJob(files={"adder.py": ADD}, tests_dir=tests)
                samples = check_times(pool, job)
                many_job = GradeJob(files={"adder.py": ADD}, tests_dir=many)
                verdict = pool.grade(many_job)
                assert verdict.passed, verdict.summary
                many_ms = statistics.median(_time_many(pool, many_job) for _ in range(5))
                big_job = GradeJob(files={"adder.py": BIG_SOURCE}, tests_dir=big)
                verdict = pool.grade(big_job)
                assert verdict.passed, verdict.summary
                big_ms = statistics.median(_time_many(pool, big_job) for _ in range(5)) * 1000
                results[verified] = (
                    median_ms(samples),
                    p99(samples),
                    many_ms * 1000,
                    max(0.0, big_ms - median_ms(samples)),
                )
    single, split = results[False], results[True]
    print(f"baseline: python -m pytest, fresh process, median {base:.1f} ms")
    print(f"single-process mode: median {single[0]:.1f} ms, p99 {single[1]:.1f} ms")
    print(
        f"verified (judge + subject): median {split[0]:.1f} ms, p99 {split[1]:.1f} ms "
        f"(ratio {split[0] / single[0]:.2f} vs single-process, {split[0] / base:.2f} vs fresh pytest)"
    )
    print(
        f"10,000 calls into the learner's code: verified {split[2]:.0f} ms, "
        f"single-process {single[2]:.0f} ms (ratio {split[2] / single[2]:.1f}); "
        f"{(split[2] - single[2]) / 10:.0f} µs more per call in a real check"
    )
    print(
        f"a million-int list into the learner's code: verified {split[3]:.0f} ms, "
        f"single-process {single[3]:.0f} ms (ratio {split[3] / max(single[3], 1.0):.1f}); "
        "the check's time minus the one-function check's"
    )
    socket_only, shared = round_trip_us(False), round_trip_us(True)
    print(
        f"one round trip across the channel (no sandbox): {shared:.1f} µs through the shared "
        f"page, {socket_only:.1f} µs by the socket alone (ratio {shared / socket_only:.2f})"
    )


if __name__ == "__main__":
    main()
