"""`course check`: prove every exercise of a pack sound with the real grader.

Static rules come from `course`; here every reference solution must pass, every starter
must fail, every recorded mistake must fail with the feedback its author promised, and no
hint's code may pass (a hint teaches; it does not hand over the answer). The quizzes of the
lessons are proved too (`services.quiz_proofs`): every snippet runs and prints its recorded
answer, and every Parsons solution prints its expected output.
Checks run in parallel, one per core, since each is a separate process.
"""

from __future__ import annotations

import os
import re
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pyascent.course import (
    Course,
    Coverage,
    Exercise,
    Mistake,
    Problem,
    coverage,
    load_course_partially,
    static_problems,
    topic_catalogue,
)
from pyascent.grader import (
    Grader,
    GraderError,
    Verdict,
    WorkerPool,
)
from pyascent.services.extras import install_command, missing_modules
from pyascent.services.grading import (
    files_from,
    grade_exercise,
    limits_for,
    preload_for,
    replace_main_file,
)
from pyascent.services.quiz_proofs import (
    QuizProof,
    prove_quiz,
    quiz_tasks,
    record_problems,
    write_answers,
)
from pyascent.services.settings_loader import load_settings

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class CheckTask:
    exercise: Exercise
    kind: str  # solution | starter | mistake | hint
    mistake: Mistake | None = None
    hint: int | None = None  # for a hint: its index in exercise.hints
    code: str | None = None  # for a hint: the code of its fenced blocks

    @property
    def label(self) -> str:
        suffix = f":{self.mistake.name}" if self.mistake else ""
        if self.hint is not None:
            suffix = f" {self.hint + 1}"
        return f"{self.exercise.id} {self.kind}{suffix}"


# A fenced block labelled python (or py, or not labelled): a hint's code, as the learner
# would paste it into the main file.
_FENCE = re.compile(r"^[ \t]*```[ \t]*(?:python3?|py)?[ \t]*\n(.*?)^[ \t]*```", re.M | re.S)


def hint_code(hint: str) -> list[str]:
    """The programs a hint shows: each fenced block, and all of them together if several."""
    blocks = [textwrap.dedent(b) for b in _FENCE.findall(hint)]
    return blocks + (["\n".join(blocks)] if len(blocks) > 1 else [])


@dataclass
class CourseReport:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    coverage: Coverage | None = None
    exercises: int = 0
    checks: int = 0
    quizzes: int = 0
    answers_recorded: int | None = None  # set by --record-answers
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    topic_prefixes: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {
            "schema_version": 1,
            "path": str(self.path),
            "ok": self.ok,
            "exercises": self.exercises,
            "checks": self.checks,
            "quizzes": self.quizzes,
            "answers_recorded": self.answers_recorded,
            "seconds": round(self.seconds, 2),
            "skipped": self.skipped,
            "problems": [p.as_dict() for p in self.problems],
            "coverage": self.coverage.as_dict() if self.coverage else None,
        }


def plan(course: Course) -> tuple[list[CheckTask], list[str]]:
    """Every grader run the pack needs, and the exercises skipped for missing packages."""
    tasks: list[CheckTask] = []
    skipped: list[str] = []
    for exercise in course.exercises():
        missing = missing_modules(exercise.requires)
        if missing:
            skipped.append(
                f"{exercise.id}: needs {', '.join(missing)}, which is not installed "
                f"({install_command(missing)})"
            )
            continue
        tasks.append(CheckTask(exercise, "solution"))
        tasks.append(CheckTask(exercise, "starter"))
        tasks.extend(CheckTask(exercise, "mistake", m) for m in exercise.mistakes)
        for index, hint in enumerate(exercise.hints):
            tasks.extend(
                CheckTask(exercise, "hint", hint=index, code=code) for code in hint_code(hint)
            )
    return tasks, skipped


def task_files(task: CheckTask) -> dict[str, bytes]:
    """The learner files a check task grades."""
    exercise = task.exercise
    limit = limits_for(exercise).source_kb
    if task.kind == "solution":
        return files_from(exercise.solution_dir, exercise, limit)
    if task.kind == "starter":
        return files_from(exercise.starter_dir, exercise, limit)
    if task.kind == "hint":
        assert task.code is not None
        return replace_main_file(exercise, task.code.encode("utf-8"), exercise.starter_dir, limit)
    assert task.mistake is not None
    return replace_main_file(exercise, task.mistake.path.read_bytes(), exercise.starter_dir, limit)


def run_task(task: CheckTask, grader: Grader) -> list[Problem]:
    exercise = task.exercise
    files = task_files(task)
    try:
        verdict = grade_exercise(grader, exercise, files)
    except GraderError as exc:
        return [Problem(exercise.path, None, None, f"{task.kind}: the grader failed: {exc}")]
    return judge(task, verdict)


def judge(task: CheckTask, verdict: Verdict) -> list[Problem]:
    exercise = task.exercise
    if task.kind == "solution":
        if verdict.passed:
            return []
        where = exercise.solution_dir / exercise.files[0]
        return [Problem(where, None, None, f"reference solution does not pass: {_why(verdict)}")]
    if task.kind == "starter":
        if not verdict.passed:
            return []
        where = exercise.starter_dir / exercise.files[0]
        return [Problem(where, None, None, "starter passes the tests: they test nothing yet")]
    if task.kind == "hint":
        if not verdict.passed:
            return []
        assert task.hint is not None
        return [
            Problem(
                exercise.manifest_path,
                None,
                f"hints[{task.hint}]",
                f"hint {task.hint + 1} gives the answer away: its code passes every test. "
                "Show a skeleton with blanks or pseudo-code instead; the full solution stays "
                "behind the solution policy",
            )
        ]
    mistake = task.mistake
    assert mistake is not None
    if verdict.passed:
        return [Problem(mistake.path, None, None, "this wrong program passes every test")]
    problems = []
    toml = mistake.path.with_suffix(".toml")
    if mistake.expect_message and mistake.expect_message not in feedback_text(verdict):
        problems.append(
            Problem(
                toml,
                None,
                "expect_message",
                f"feedback does not contain {mistake.expect_message!r}; it said: {_why(verdict)}",
            )
        )
    failing = {t.name for t in verdict.tests if t.status not in ("passed", "skipped")}
    if mistake.expect_test and mistake.expect_test not in failing:
        problems.append(
            Problem(
                toml,
                None,
                "expect_test",
                f"test {mistake.expect_test!r} does not fail (failing: {sorted(failing)})",
            )
        )
    return problems


def feedback_text(verdict: Verdict) -> str:
    """All the text a learner could be shown for this verdict."""
    parts = [verdict.summary, verdict.explanation or ""]
    if verdict.problem:
        parts.append(verdict.problem.message)
    for test in verdict.tests:
        parts += [test.message or "", test.explanation or "", test.error_type or ""]
    return "\n".join(parts)


def _why(verdict: Verdict) -> str:
    first = verdict.first_failure()
    if first is not None and first.message:
        return f"{verdict.summary} ({first.name}: {first.message})"
    return verdict.summary


def pool_size(workers: int | None) -> int:
    """How many checks run at once: `workers`, else the `workers` setting, else one per core."""
    return load_settings(flags={"workers": workers}).settings.workers or os.cpu_count() or 2


def course_pool(course: Course, size: int) -> WorkerPool:
    """A pool warmed with every package the pack's exercises require."""
    return WorkerPool(workers=size, preload=preload_for(course.exercises()))


def in_parallel(tasks: Sequence[T], work: Callable[[T], R], size: int) -> Iterator[tuple[T, R]]:
    """Each task with its result, in the tasks' order, `size` of them running at once.

    Threads suffice: each check is a separate process, the thread only waits for it.
    """
    with ThreadPoolExecutor(max_workers=size) as threads:
        yield from zip(tasks, threads.map(work, tasks), strict=True)


def check_course(
    path: Path,
    grader: Grader | None = None,
    workers: int | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    record_answers: bool = False,
) -> CourseReport:
    """Prove a pack sound: every file valid, every solution passes, every starter and recorded
    mistake fails (the mistake with its message), run through the real grader in parallel.

    `workers` None takes the `workers` setting, else one per core. `record_answers` writes
    what each quiz program printed into its module's answers file instead of comparing.
    """
    started = time.monotonic()
    report = CourseReport(path=path)
    course, problems = load_course_partially(path)
    report.problems.extend(problems)
    if course is None:
        report.seconds = time.monotonic() - started
        return report
    catalogue = topic_catalogue()
    report.problems.extend(static_problems(course, catalogue))
    report.coverage = coverage(course, catalogue)
    module_ids = {m.id for m in course.modules}
    report.topic_prefixes = {t.id.split(".")[0] for t in catalogue.topics if t.module in module_ids}
    report.exercises = len(course.exercises())
    tasks, report.skipped = plan(course)
    report.checks = len(tasks)
    proofs = quiz_tasks(course)
    report.quizzes = sum(len(lesson.quizzes) for m in course.modules for lesson in m.lessons)
    size = pool_size(workers)
    own = grader is None
    active = grader or course_pool(course, size)
    done, total = 0, len(tasks) + len(proofs)
    try:
        for task, found in in_parallel(tasks, lambda t: run_task(t, active), size):
            report.problems.extend(found)
            done += 1
            if on_progress is not None:
                on_progress(done, total, task.label)
        results: list[QuizProof] = []
        for quiz, proof in in_parallel(proofs, lambda t: prove_quiz(t, active), size):
            report.problems.extend(proof.problems)
            results.append(proof)
            done += 1
            if on_progress is not None:
                on_progress(done, total, quiz.label)
        if record_answers:
            report.answers_recorded = write_answers(results, course)
        else:
            report.problems.extend(record_problems(results, course))
    finally:
        if own and isinstance(active, WorkerPool):
            active.close()
    report.problems.sort(key=lambda p: (str(p.file), p.line or 0))
    report.seconds = time.monotonic() - started
    return report
