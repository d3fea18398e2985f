"""Review figures (issue 15), as ratios against the roadmap measured in the same run.

Server-side render time (median of 50, in-process through ASGI, the built-in course) of
the review page with a card due, of the progress page, and of the roadmap; the cards and
quizzes of the built-in course; and what proving the quizzes adds to `course check`: the
quiz proofs' wall time against the exercise checks', both through one warm pool.

Run: .venv/bin/python -m bench.review
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

import httpx

from bench.web import median_get
from pyascent.course import builtin_course_path, load_course
from pyascent.services import open_server
from pyascent.services.course_check import course_pool, in_parallel, plan, pool_size, run_task
from pyascent.services.quiz_proofs import prove_quiz, quiz_tasks
from pyascent.web import create_app


async def figures(folder: Path) -> None:
    flags = {"course": "builtin", "database": str(folder / "review.db"), "workers": 1}
    setup = open_server(flags, cwd=folder)
    service = setup.service
    app = create_app(setup.settings, service)
    cards = service.reviews.summary().total
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as a:
        roadmap = await median_get(a, "/")
        review = await median_get(a, "/review")
        progress = await median_get(a, "/progress")
    service.close()
    print(f"flashcards in the built-in course: {cards}")
    print(f"roadmap: median {roadmap:.1f} ms (baseline)")
    print(f"review page: median {review:.1f} ms (ratio {review / roadmap:.2f} vs the roadmap)")
    print(f"progress page: median {progress:.1f} ms (ratio {progress / roadmap:.2f})")


def quiz_proof_figures() -> None:
    course = load_course(builtin_course_path())
    quizzes = [q for m in course.modules for lesson in m.lessons for q in lesson.quizzes]
    kinds = {
        kind: sum(q.kind == kind for q in quizzes) for kind in ("predict", "choice", "parsons")
    }
    size = pool_size(None)
    pool = course_pool(course, size)
    try:
        tasks, _ = plan(course)
        started = time.perf_counter()
        list(in_parallel(tasks, lambda t: run_task(t, pool), size))
        checks = time.perf_counter() - started
        proofs = quiz_tasks(course)
        started = time.perf_counter()
        list(in_parallel(proofs, lambda t: prove_quiz(t, pool), size))
        quiz_seconds = time.perf_counter() - started
    finally:
        pool.close()
    print(f"quizzes in the built-in course: {len(quizzes)} ({kinds})")
    print(f"course check, {len(tasks)} exercise checks: {checks:.2f} s (baseline)")
    print(
        f"course check, {len(proofs)} quiz proofs: {quiz_seconds:.2f} s "
        f"(ratio {quiz_seconds / checks:.3f}: the time quizzes add)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(figures(Path(folder)))
    quiz_proof_figures()


if __name__ == "__main__":
    main()
