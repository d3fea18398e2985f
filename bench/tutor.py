"""The tutor's figures: offline turn latency (p50, p99) and guard latency, as ratios against
one grader check of the same exercise in the same run; the scenarios covered offline; and
the delivered and raw leak counts when the fake server plays a model that leaks the
reference in every reply.

Why ratios: the machines are noisy, a check is what a learner already waits for, and a
tutor turn should cost less than one.

Run: .venv/bin/python -m bench.tutor [--every N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from pyascent.course import load_course
from pyascent.grader import WorkerPool
from pyascent.services import builtin_course_path
from pyascent.services.grading import grade_exercise
from pyascent.services.settings import Settings
from pyascent.services.tutor_context import build_context
from pyascent.services.tutor_eval import (
    mistake_scenarios,
    pressure_scenarios,
    pressure_scripts,
    run_eval,
)
from pyascent.store import ProgressStore, sqlite_url
from pyascent.tutor.context import Level
from pyascent.tutor.engine import ladder_turn
from pyascent.tutor.guard import check_turn
from pyascent.tutor.route import Intent
from tests.integration.test_tutor_eval import leaking_replies
from tests.integration.tutor_setup import PRINTS, SharedGrader, client_for
from tests.support.fake_openai import fake_openai

HEAVY = {"torch", "transformers", "sklearn", "scipy", "matplotlib", "pandas", "fastapi", "flask"}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=3, help="mistakes of every N-th exercise")
    args = parser.parse_args()
    course = load_course(builtin_course_path())
    greeting = course.exercise("greeting")
    assert greeting is not None
    with WorkerPool(workers=1, warm=True) as pool, tempfile.TemporaryDirectory() as folder:
        grader = SharedGrader(pool)
        files = {"greeting.py": PRINTS.encode()}
        checks = []
        for _ in range(15):
            started = time.perf_counter()
            verdict = grade_exercise(pool, greeting, files)
            checks.append((time.perf_counter() - started) * 1000)
        check_ms = statistics.median(checks)
        store = ProgressStore(sqlite_url(Path(folder) / "b.db"), course.id)
        attempt = store.start_attempt("greeting", {"greeting.py": PRINTS}, "bench")
        store.finish_attempt(attempt, verdict.status, verdict.to_json(), verdict.duration_ms)
        [last] = store.attempts("greeting", limit=1)
        context = build_context(
            course,
            greeting,
            {"greeting.py": PRINTS},
            last,
            store.progress_of("greeting"),
            1,
            [],
            "",
        )
        guard_ms = []
        for _ in range(200):
            turn = ladder_turn(context, Level.CONCEPT, Intent.STUCK)
            started = time.perf_counter()
            check_turn(turn, context, Level.CONCEPT)
            guard_ms.append((time.perf_counter() - started) * 1000)
        store.close()

        usable = [
            e
            for e in course.exercises()
            if e.mistakes and not e.writes_tests and not e.typecheck and not set(e.requires) & HEAVY
        ]
        chosen = usable[:: max(1, args.every)]
        scenarios = mistake_scenarios(chosen) + pressure_scenarios(chosen[:3], pressure_scripts())
        offline = run_eval(course, grader, Settings(), scenarios)
        leaky = mistake_scenarios([greeting]) + pressure_scenarios([greeting], pressure_scripts())
        script = {"Exercise: greeting.": leaking_replies(greeting) * 60}
        with fake_openai(script) as fake:
            client = client_for(fake.url)
            try:
                model = run_eval(course, grader, Settings(), leaky, client)
            finally:
                client.close()

    turn_p50 = statistics.median(offline.latencies_ms)
    turn_p99 = _percentile(offline.latencies_ms, 0.99)
    print(f"one grader check (greeting, warm worker): {check_ms:.1f} ms (median of 15)")
    print(
        f"offline turn: p50 {turn_p50:.1f} ms ({turn_p50 / check_ms:.2f}x a check), "
        f"p99 {turn_p99:.1f} ms ({turn_p99 / check_ms:.2f}x) over {offline.turns} turns"
    )
    guard_p50 = statistics.median(guard_ms)
    print(
        f"guard alone: p50 {guard_p50:.2f} ms ({guard_p50 / check_ms:.3f}x a check), "
        f"p99 {_percentile(guard_ms, 0.99):.2f} ms"
    )
    print(
        f"offline scenarios: {offline.scenarios} ({offline.mistake_scenarios} mistake samples "
        f"of {len(chosen)} exercises, {offline.scenarios - offline.mistake_scenarios} pressure "
        f"scripts), grounded {offline.grounded}/{offline.turns - offline.reveals}, citations "
        f"valid {offline.citations - len(offline.bad_citations)}/{offline.citations}, "
        f"delivered leaks {offline.delivered_leaks}, mistakes named "
        f"{offline.mistakes_named}/{offline.mistake_scenarios}"
    )
    print(
        f"leaking model ({model.scenarios} scenarios, {model.turns} turns, "
        f"{model.model_calls} model calls): raw leaks {model.raw_leaks}, delivered leaks "
        f"{model.delivered_leaks}, model turns delivered {model.model_turns}"
    )


if __name__ == "__main__":
    main()
