"""Check time of exercises that need NumPy, pandas and PyTorch, as ratios against a
one-function exercise graded by the same warm worker in the same run.

Why: the Advanced phase leans on heavy libraries; a check must still feel instant. The
worker preloads what the course declares (as `pyascent serve` does), so what is left is
the libraries' own work and the values that cross between the tests and the code.

Run: .venv/bin/python -m bench.library_checks [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from pyascent.course import Exercise, builtin_course_path, load_course
from pyascent.grader import WorkerPool
from pyascent.services.grading import grade_exercise, preload_for

BASELINE = "greeting"


def _first(
    exercises: list[Exercise], phase3: set[str], needs: str, without: tuple[str, ...] = ()
) -> Exercise:
    return next(
        e
        for e in exercises
        if e.module_id in phase3
        and needs in e.requires
        and not any(other in e.requires for other in without)
    )


def _solution(exercise: Exercise) -> dict[str, bytes]:
    return {name: (exercise.solution_dir / name).read_bytes() for name in exercise.files}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    course = load_course(builtin_course_path())
    exercises = list(course.exercises())
    # The performance module's checks time a naive version on purpose: not a library's cost.
    phase3 = {m.id for m in course.modules if m.phase == 3 and m.id != "performance"}
    chosen = {
        "one function": next(e for e in exercises if e.id == BASELINE),
        "NumPy": _first(exercises, phase3, "numpy", ("pandas", "torch", "sklearn", "matplotlib")),
        "pandas": _first(exercises, phase3, "pandas", ("torch", "sklearn")),
        "PyTorch": _first(exercises, phase3, "torch"),
    }
    preload = preload_for(chosen.values())
    samples: dict[str, list[float]] = {label: [] for label in chosen}
    with WorkerPool(workers=1, preload=preload) as pool:
        for exercise in chosen.values():  # warm: the first check of each pays its imports
            grade_exercise(pool, exercise, _solution(exercise))
        for _ in range(runs):  # interleaved, so the machine's load is shared alike
            for label, exercise in chosen.items():
                files = _solution(exercise)
                started = time.perf_counter()
                verdict = grade_exercise(pool, exercise, files)
                samples[label].append(time.perf_counter() - started)
                assert verdict.passed, f"{exercise.id}: {verdict.summary}"
    base = statistics.median(samples["one function"])
    print(f"median check time of a reference solution, {runs} runs each, one warm worker")
    print(f"(preloaded: {', '.join(preload)})")
    for label, exercise in chosen.items():
        median = statistics.median(samples[label])
        print(
            f"  {label:12} {exercise.id:28} {median * 1000:8.0f} ms  (ratio {median / base:5.1f})"
        )


if __name__ == "__main__":
    main()
