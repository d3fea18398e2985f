"""Wall time of `pyascent course check` on the built-in content, as a ratio against running
the same checks one after another with a plain `python -m pytest` per check (no sandbox).

Run: .venv/bin/python -m bench.course_check
"""

from __future__ import annotations

import subprocess
import sys

from bench._common import fresh_pytest_seconds, timed
from pyascent.course import builtin_course_path, load_course
from pyascent.services.course_check import plan, task_files


def main() -> None:
    path = builtin_course_path()
    course = load_course(path)
    tasks, _ = plan(course)
    wall = timed(
        lambda: subprocess.run(
            [sys.executable, "-m", "pyascent", "course", "check", str(path), "--json"],
            capture_output=True,
            check=True,
        )
    )
    baseline = 0.0
    for task in tasks:
        exercise = task.exercise
        files = task_files(task)
        baseline += fresh_pytest_seconds(files, exercise.tests_dir, 1)[0]
    print(f"built-in course: {len(course.exercises())} exercises, {len(tasks)} grader runs")
    print(f"  baseline: sequential python -m pytest per check  {baseline:6.2f} s  (ratio 1.00)")
    print(
        f"  pyascent course check (sandboxed, parallel)      {wall:6.2f} s  (ratio {wall / baseline:.2f})"
    )


if __name__ == "__main__":
    main()
