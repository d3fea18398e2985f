"""Save-to-verdict time of `pyascent watch` on a one-function exercise (median of 20),
as a ratio against `python -m pytest` on the same files in a fresh subprocess.

Run: .venv/bin/python -m bench.watch
"""

from __future__ import annotations

import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench._common import fresh_pytest_seconds, median_ms, timed
from pyascent.course import builtin_course_path, load_course
from pyascent.grader import WorkerPool
from pyascent.services import job_for

RUNS = 20


def watch_samples(workspace: Path, file: Path) -> list[float]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pyascent", "watch", "greeting"],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "120", "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stream = proc.stdout

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()

    def wait_for(text: str) -> None:
        while text not in lines.get(timeout=60):
            pass

    samples = []
    try:
        wait_for("and save")
        time.sleep(1.0)
        for run in range(RUNS + 2):
            started = time.perf_counter()
            file.write_text(f"def greet(name):\n    return 'Hi {run}, ' + name\n")
            wait_for("FAILED")
            if run >= 2:  # the first saves warm the page cache
                samples.append(time.perf_counter() - started)
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        stream.close()
    return samples


def main() -> None:
    course = load_course(builtin_course_path())
    exercise = course.exercise("greeting")
    assert exercise is not None
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        subprocess.run(
            [sys.executable, "-m", "pyascent", "init", "ws"],
            cwd=root,
            check=True,
            capture_output=True,
        )
        workspace = root / "ws"
        file = workspace / "basics" / "greeting" / "greeting.py"
        watch = watch_samples(workspace, file)
    wrong = {"greeting.py": b"def greet(name):\n    return 'Hi ' + name\n"}
    with WorkerPool(workers=1, warm=True) as grader:
        grade = [timed(lambda: grader.grade(job_for(exercise, wrong))) for _ in range(RUNS)]
    pytest_fresh = fresh_pytest_seconds(wrong, exercise.tests_dir, RUNS)
    base = median_ms(pytest_fresh)
    print(f"one-function exercise '{exercise.id}', median of {RUNS} runs")
    print(f"  baseline: python -m pytest, fresh process  {base:7.1f} ms  (ratio 1.00)")
    print(
        f"  grader alone (warm worker)               {median_ms(grade):7.1f} ms  "
        f"(ratio {median_ms(grade) / base:.2f})"
    )
    print(
        f"  watch: save -> verdict on screen          {median_ms(watch):7.1f} ms  "
        f"(ratio {median_ms(watch) / base:.2f})"
    )


if __name__ == "__main__":
    main()
