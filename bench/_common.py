"""Helpers shared by the benchmarks: timing, medians, a fresh pytest baseline."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def fresh_pytest_seconds(files: dict[str, bytes], tests_dir: Path, runs: int) -> list[float]:
    """The naive way: copy the files and run `python -m pytest` in a new process each time.

    Plugin autoloading is off, as in the grader: the project's own dev plugins (schemathesis,
    hypothesis, xdist...) would otherwise add seconds that a learner's machine need not pay.
    """
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            for name, content in files.items():
                (work / name).write_bytes(content)
            for test in tests_dir.iterdir():
                if test.is_file():
                    shutil.copy(test, work / test.name)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                cwd=work,
                capture_output=True,
                check=False,
                env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
            )
            samples.append(time.perf_counter() - started)
    return samples
