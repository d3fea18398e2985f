"""Grader figures, as ratios against `python -m pytest` in a fresh process, in one run.

- one check of a one-function exercise with every layer on: median and p99 latency
- sustained checks per second with one warm worker per core
- an exercise that uses numpy, with numpy pre-imported in the workers
- a syntax error (answered before pytest runs)

Run: .venv/bin/python -m bench.grader
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench._common import fresh_pytest_seconds, median_ms, timed
from pyascent.grader import GradeJob, WorkerPool

RUNS = 100
THROUGHPUT_CHECKS = 300
ADD_TESTS = (
    "from adder import add\n\n\n"
    "def test_small():\n    assert add(2, 3) == 5\n\n\n"
    "def test_negative():\n    assert add(-2, -3) == -5\n\n\n"
    "def test_zero():\n    assert add(0, 7) == 7\n"
)
NUMPY_TESTS = (
    "import numpy as np\nfrom vectors import norms\n\n\n"
    "def test_norms():\n    got = norms(np.array([[3.0, 4.0], [6.0, 8.0]]))\n"
    "    assert np.allclose(got, [5.0, 10.0])\n"
)
ADD = b"def add(a, b):\n    return a + b\n"
NORMS = b"import numpy as np\n\n\ndef norms(rows):\n    return np.sqrt((rows ** 2).sum(axis=1))\n"


def p99_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tests = Path(folder) / "add"
        tests.mkdir()
        (tests / "test_adder.py").write_text(ADD_TESTS)
        numpy_tests = Path(folder) / "numpy"
        numpy_tests.mkdir()
        (numpy_tests / "test_vectors.py").write_text(NUMPY_TESTS)
        add_job = GradeJob(files={"adder.py": ADD}, tests_dir=tests)
        syntax_job = GradeJob(
            files={"adder.py": b"def add(a, b)\n    return a + b\n"}, tests_dir=tests
        )
        numpy_job = GradeJob(files={"vectors.py": NORMS}, tests_dir=numpy_tests)

        baseline = fresh_pytest_seconds({"adder.py": ADD}, tests, 20)
        base = median_ms(baseline)
        cores = os.cpu_count() or 2
        # The sandbox alone (one process per check); bench.verified measures the split.
        with WorkerPool(workers=cores, preload=["numpy"], verified=False) as pool:
            pool.start()
            for _ in range(10):
                pool.grade(add_job)
            single = [timed(lambda: pool.grade(add_job)) for _ in range(RUNS)]
            verdict = pool.grade(add_job)
            assert verdict.passed, verdict.summary
            syntax = [timed(lambda: pool.grade(syntax_job)) for _ in range(RUNS // 2)]
            numpy_verdict = pool.grade(numpy_job)
            numpy_runs = [timed(lambda: pool.grade(numpy_job)) for _ in range(RUNS // 2)]
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=cores) as threads:
                results = list(threads.map(lambda _: pool.grade(add_job), range(THROUGHPUT_CHECKS)))
            elapsed = time.perf_counter() - started
            assert all(r.passed for r in results)
    per_second = THROUGHPUT_CHECKS / elapsed
    print(f"layers: {', '.join(verdict.sandbox)}")
    print(f"baseline: python -m pytest, fresh process, median {base:.1f} ms (ratio 1.00)")
    print(
        f"one check, every layer on: median {median_ms(single):.1f} ms, "
        f"p99 {p99_ms(single):.1f} ms  (ratio {median_ms(single) / base:.3f}, "
        f"{base / median_ms(single):.1f}x faster)"
    )
    print(
        f"throughput with {cores} workers: {per_second:.1f} checks/s "
        f"(baseline {1000 / base * cores:.1f}/s with {cores} fresh processes at once, ideal)"
    )
    if numpy_verdict.passed:
        print(
            f"numpy exercise, numpy pre-imported: median {median_ms(numpy_runs):.1f} ms "
            f"(ratio {median_ms(numpy_runs) / base:.3f})"
        )
    else:
        print(f"numpy exercise: not measured ({numpy_verdict.summary})")
    print(f"syntax error: median {median_ms(syntax):.1f} ms (ratio {median_ms(syntax) / base:.3f})")
    print(f"single-check spread: stdev {statistics.pstdev(single) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
