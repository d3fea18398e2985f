"""Mutation analysis figures, as ratios against one fresh `python -m pytest` per mutant.

- mutants per second on the warm pool (every mutant a sandboxed, verified check) against
  a fresh `python -m pytest` per mutant (no sandbox), both with one job per core, on the
  same mutants of a few built-in exercises, in the same run;
- with --full: the wall time of `pyascent course check --mutants` on the whole built-in
  course, mutants per exercise and in all, the kill rate and the survivors per module.

Run: .venv/bin/python -m bench.mutants [--full] [EXERCISE_ID ...]
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pyascent.course import Exercise, builtin_course_path, load_course
from pyascent.grader import WorkerPool
from pyascent.services.grading import files_from, limits_for
from pyascent.services.mutation import TIME_FLOOR_SECONDS, analyse, plan_mutants

# Exercises whose tests plain pytest can run too (no `run_program` or `timed` fixture), so
# that both sides run every test.
SAMPLE = ("split-bill", "quiz-score", "tally-counter", "bank-withdraw", "class-rosters")


def fresh_pytest(files: dict[str, bytes], exercise: Exercise, timeout: float) -> float:
    """The naive way: copy the files, run `python -m pytest` in a new process, no sandbox,
    no plugins but pytest's own.

    stdin is closed and the wall limit applies, as in a check: a mutant may loop forever.
    """
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for name, content in files.items():
            (work / name).write_bytes(content)
        for test in exercise.tests_dir.iterdir():
            if test.is_file():
                shutil.copy(test, work / test.name)
        started = time.perf_counter()
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                cwd=work,
                stdin=subprocess.DEVNULL,
                # Only pytest, as in a sandbox: the dev venv's plugins (schemathesis,
                # playwright, hypothesis...) would add seconds to every start.
                env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        return time.perf_counter() - started


def compare(exercises: list[Exercise], size: int) -> None:
    checks = [c for ex in exercises for c in plan_mutants(ex)[0]]
    with WorkerPool(workers=size) as pool:
        pool.start()
        started = time.perf_counter()
        results = analyse(exercises, pool, size, 100.0)
        pooled = time.perf_counter() - started

    def fresh(check_index: int) -> float:
        check = checks[check_index]
        ex = check.exercise
        files = files_from(ex.solution_dir, ex, limits_for(ex).source_kb)
        files[check.mutant.file] = check.mutant.source.encode("utf-8")
        # The pool gives a mutant at least TIME_FLOOR_SECONDS; the same cap here keeps a
        # mutant that loops forever from weighing more on this side (a conservative ratio).
        return fresh_pytest(files, ex, min(limits_for(ex).wall_seconds, TIME_FLOOR_SECONDS))

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=size) as threads:
        each = list(threads.map(fresh, range(len(checks))))
    naive = time.perf_counter() - started
    n = len(checks)
    killed = sum(len(r.killed) for r in results)
    equivalent = sum(len(r.equivalent) for r in results)
    names = ", ".join(f"{r.exercise.id} ({r.total})" for r in results)
    print(
        f"sample: {n} mutants of {names}; {killed} killed, "
        f"{n - killed - equivalent} survived, {equivalent} equivalent"
    )
    print(f"  {size} jobs at once on {os.cpu_count()} cores")
    print(
        f"  fresh python -m pytest per mutant   {naive:6.2f} s  {n / naive:6.1f} mutants/s"
        f"  (ratio 1.00; median {statistics.median(each) * 1000:.0f} ms each)"
    )
    print(
        f"  pyascent warm pool, sandboxed       {pooled:6.2f} s  {n / pooled:6.1f} mutants/s"
        f"  (ratio {naive / pooled:.2f}x faster)"
    )


def full_course() -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pyascent", "course", "check", "--mutants", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    report = json.loads(done.stdout)
    mutants = report["mutants"]
    judged = mutants["killed"] + mutants["survived"]
    exercises = mutants["exercises"]
    print(
        f"built-in course: {len(exercises)} exercises, {mutants['total']} mutants "
        f"({mutants['total'] / max(1, len(exercises)):.1f} per exercise), "
        f"{report['checks']} course-check runs besides"
    )
    print(
        f"  killed {mutants['killed']}, survived {mutants['survived']}, equivalent "
        f"{mutants['equivalent']}: kill rate {100 * mutants['killed'] / max(1, judged):.1f} %"
    )
    print(f"  wall time of course check --mutants: {wall:6.1f} s (exit {done.returncode})")
    by_module: dict[str, list[str]] = {}
    for exercise in exercises:
        module = exercise["path"].split("/")[-3]
        by_module.setdefault(module, [])
        by_module[module] += [f"{exercise['exercise']}:{s['id']}" for s in exercise["survivors"]]
    for module, survivors in by_module.items():
        print(f"  {module:20} {len(survivors):3} survivors  {' '.join(survivors)}")
    others = [p for p in report["problems"] if " survives (" not in p["message"]]
    for problem in others:
        print(f"  other problem: {problem['file']}:{problem['line']} {problem['message']}")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--full"]
    course = load_course(builtin_course_path())
    chosen = [course.exercise(key) for key in (args or SAMPLE)]
    compare([ex for ex in chosen if ex is not None], os.cpu_count() or 2)
    if "--full" in sys.argv[1:]:
        full_course()


if __name__ == "__main__":
    main()
