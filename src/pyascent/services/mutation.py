"""Mutation analysis: do an exercise's hidden tests reject programs that are slightly wrong?

Each learner file of the reference solution is mutated (`pyascent.mutate`: one small AST
change per mutant) and every mutant is graded like a learner's check, in the real sandbox,
on the warm worker pool, in parallel. A mutant whose verdict is not "passed" is killed (a
timeout too); one that passes survives, unless the author declared it equivalent in
`.meta/mutants.toml` with a reason. A survivor is a wrong program that would earn a green
tick: a gap in the tests, reported as a diff.

Why not mutmut or cosmic-ray: see the docstring of `pyascent.mutate.engine`; in short both
run the test command themselves on files they rewrite in place, which bypasses our sandbox
and our judge.
"""

from __future__ import annotations

import ast
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pyascent.course import (
    ContentError,
    Exercise,
    Problem,
    load_course_partially,
    load_exercise_folder,
)
from pyascent.grader import GradeJob, Grader, GraderError, WorkerPool
from pyascent.mutate import Mutant, mutants_of
from pyascent.services.course_check import (
    CourseReport,
    check_course,
    course_pool,
    in_parallel,
    pool_size,
)
from pyascent.services.errors import ServiceError
from pyascent.services.grading import (
    files_from,
    grade_exercise,
    job_for,
    limits_for,
    preload_for,
)
from pyascent.services.settings_loader import load_settings

Progress = Callable[[int, int, str], None]

# A mutant may loop forever (a deleted `i += 1`): it is killed by a timeout, but should not
# cost the exercise's full wall limit. Its limit is this many times the reference
# solution's own check, never under the floor and never over the exercise's limits.
TIME_FACTOR = 10
TIME_FLOOR_SECONDS = 2.0


@dataclass(frozen=True)
class MutantCheck:
    """One grader run: the exercise's solution with one file replaced by a mutant."""

    exercise: Exercise
    mutant: Mutant


@dataclass
class ExerciseMutants:
    """The mutation analysis of one exercise."""

    exercise: Exercise
    killed: list[Mutant] = field(default_factory=list)
    survived: list[Mutant] = field(default_factory=list)
    equivalent: list[tuple[Mutant, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.killed) + len(self.survived) + len(self.equivalent)

    @property
    def score(self) -> float:
        """Killed among the mutants that could be killed, in percent (100 when none)."""
        judged = len(self.killed) + len(self.survived)
        return 100.0 * len(self.killed) / judged if judged else 100.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return {
            "total": self.total,
            "killed": len(self.killed),
            "survived": len(self.survived),
            "equivalent": len(self.equivalent),
        }

    def as_dict(self) -> dict[str, object]:
        return {
            "schema_version": 1,
            "exercise": self.exercise.id,
            "path": str(self.exercise.path),
            "ok": self.ok,
            "score": round(self.score, 1),
            "mutants": self.counts(),
            "survivors": [m.as_dict() for m in self.survived],
            "equivalent": [{"id": m.id, "reason": reason} for m, reason in self.equivalent],
            "problems": [p.as_dict() for p in self.problems],
        }


def plan_mutants(exercise: Exercise) -> tuple[list[MutantCheck], list[Problem]]:
    """Every mutant of every learner file of the reference solution."""
    checks: list[MutantCheck] = []
    problems: list[Problem] = []
    for name in exercise.files:
        if not name.endswith(".py"):
            continue  # a Dockerfile or pyproject.toml: the tests' static checks, not mutated
        path = exercise.solution_dir / name
        try:
            source = path.read_text(encoding="utf-8")
            found = mutants_of(source, name)
        except (OSError, UnicodeDecodeError, SyntaxError) as exc:
            problems.append(Problem(path, None, None, f"cannot mutate this file: {exc}"))
            continue
        checks.extend(MutantCheck(exercise, mutant) for mutant in found)
    return checks, problems


def mutant_job(check: MutantCheck, baseline_seconds: float) -> GradeJob:
    """The solution's files with one replaced by the mutant, under a tighter time limit."""
    exercise = check.exercise
    files = files_from(exercise.solution_dir, exercise, limits_for(exercise).source_kb)
    files[check.mutant.file] = check.mutant.source.encode("utf-8")
    job = job_for(exercise, files)
    cap = max(TIME_FLOOR_SECONDS, TIME_FACTOR * baseline_seconds)  # inf: the exercise's own
    limits = replace(
        job.limits,
        wall_seconds=min(job.limits.wall_seconds, cap),
        cpu_seconds=min(job.limits.cpu_seconds, cap),
    )
    return replace(job, limits=limits)


def judge_mutant(check: MutantCheck, grader: Grader, baseline_seconds: float) -> bool | str:
    """True killed, False survived, or the grader's failure in words.

    A mutant the author declared equivalent that times out under the tighter limit is
    graded again under the exercise's own: on a loaded machine a slow but equivalent
    mutant must not be called "killed, remove it from the list".
    """
    declared = {e.id for e in check.exercise.equivalent_mutants}
    try:
        verdict = grader.grade(mutant_job(check, baseline_seconds))
        if verdict.status == "timeout" and check.mutant.id in declared:
            verdict = grader.grade(mutant_job(check, float("inf")))
    except GraderError as exc:
        return f"the grader failed on mutant {check.mutant.id}: {exc}"
    return not verdict.passed


def _baseline(exercise: Exercise, grader: Grader) -> float | Problem:
    """Seconds the solution's check takes, or why mutants of it cannot be judged.

    The reference solution is graded as the mutator writes it (`ast.unparse`: no comments),
    so that a survivor always means "the tests accept this change", nothing else.
    """
    files = files_from(exercise.solution_dir, exercise, limits_for(exercise).source_kb)
    try:
        for name in exercise.files:
            if name in files and name.endswith(".py"):
                files[name] = _unparsed(files[name])
        started = time.monotonic()
        verdict = grade_exercise(grader, exercise, files)
    except (GraderError, SyntaxError, UnicodeDecodeError) as exc:
        where = exercise.solution_dir / exercise.files[0]
        return Problem(where, None, None, f"mutants not judged: {exc}")
    if not verdict.passed:
        where = exercise.solution_dir / exercise.files[0]
        return Problem(
            where,
            None,
            None,
            f"mutants not judged: the reference solution fails: {verdict.summary}",
        )
    return time.monotonic() - started


def _unparsed(source: bytes) -> bytes:
    return ast.unparse(ast.parse(source.decode("utf-8"))).encode("utf-8")


def analyse(
    exercises: Sequence[Exercise],
    grader: Grader,
    size: int,
    min_score: float,
    on_progress: Progress | None = None,
) -> list[ExerciseMutants]:
    """Mutation analysis of several exercises, every mutant of all of them in one fan-out."""
    results = {ex.id: ExerciseMutants(ex) for ex in exercises}
    baselines: dict[str, float] = {}
    for exercise, outcome in in_parallel(list(exercises), lambda e: _baseline(e, grader), size):
        if isinstance(outcome, Problem):
            results[exercise.id].problems.append(outcome)
        else:
            baselines[exercise.id] = outcome
    checks: list[MutantCheck] = []
    for exercise in exercises:
        if exercise.id not in baselines:
            continue
        if exercise.writes_tests:
            _caught_by_the_reference_tests(results[exercise.id])
            continue
        planned, problems = plan_mutants(exercise)
        checks.extend(planned)
        results[exercise.id].problems.extend(problems)

    def work(check: MutantCheck) -> bool | str:
        return judge_mutant(check, grader, baselines[check.exercise.id])

    for done, (check, killed) in enumerate(in_parallel(checks, work, size), start=1):
        result = results[check.exercise.id]
        if isinstance(killed, str):
            result.problems.append(Problem(check.exercise.path, None, None, killed))
        elif killed:
            result.killed.append(check.mutant)
        else:
            result.survived.append(check.mutant)
        if on_progress is not None:
            on_progress(done, len(checks), f"{check.exercise.id} {check.mutant.id}")
    for exercise in exercises:
        if exercise.id in baselines:
            _settle(results[exercise.id], min_score)
    return [results[ex.id] for ex in exercises]


def _caught_by_the_reference_tests(result: ExerciseMutants) -> None:
    """An exercise where the learner writes tests: its mutants are the subject's, and the
    reference solution (the author's tests) passed only by catching every one of them that
    is not declared equivalent (services.learner_tests), so its baseline was the analysis.
    The declared ones count as survivors here for `_settle` to check and set aside."""
    exercise = result.exercise
    declared = {e.id for e in exercise.equivalent_mutants}
    for name in exercise.subject:
        for mutant in mutants_of((exercise.starter_dir / name).read_text("utf-8"), name):
            (result.survived if mutant.id in declared else result.killed).append(mutant)


def _settle(result: ExerciseMutants, min_score: float) -> None:
    """Apply the author's equivalences, check they still hold, and judge the score."""
    exercise = result.exercise
    declared = {e.id: e for e in exercise.equivalent_mutants}
    by_id = {m.id: m for m in result.killed + result.survived}
    killed_ids = {m.id for m in result.killed}
    for index, entry in enumerate(exercise.equivalent_mutants):
        where = f"equivalent[{index}].id"
        if entry.id not in by_id:
            result.problems.append(
                Problem(
                    exercise.mutants_path,
                    entry.line,
                    where,
                    f"no mutant {entry.id} any more (the solution changed): run `pyascent "
                    "mutants` on the exercise and review its survivors again",
                )
            )
        elif entry.id in killed_ids:
            result.problems.append(
                Problem(
                    exercise.mutants_path,
                    entry.line,
                    where,
                    f"mutant {entry.id} is killed by the tests, so it is not equivalent: "
                    "remove it from the list",
                )
            )
    still: list[Mutant] = []
    for mutant in result.survived:
        if mutant.id in declared:
            result.equivalent.append((mutant, declared[mutant.id].reason))
        else:
            still.append(mutant)
    result.survived = still
    if result.survived and result.score < min_score:
        for mutant in result.survived:
            result.problems.append(
                Problem(
                    exercise.solution_dir / mutant.file,
                    mutant.line,
                    None,
                    f"mutant {mutant.id} survives ({mutant.operator}: {mutant.description}): "
                    "the tests accept this wrong program; add a test that rejects it, or list "
                    "it in .meta/mutants.toml with the reason no test can",
                )
            )


def min_score_of(min_score: float | None) -> float:
    return load_settings(flags={"min_mutant_score": min_score}).settings.min_mutant_score


def mutants_of_exercise(
    exercise_dir: Path,
    workers: int | None = None,
    min_score: float | None = None,
    on_progress: Progress | None = None,
) -> ExerciseMutants:
    """`pyascent mutants EXERCISE_DIR`: the mutation analysis of one exercise folder."""
    try:
        exercise = load_exercise_folder(exercise_dir.resolve())
    except ContentError as exc:
        raise ServiceError(str(exc)) from exc
    size = pool_size(workers)
    with WorkerPool(workers=size, preload=preload_for([exercise])) as pool:
        (result,) = analyse([exercise], pool, size, min_score_of(min_score), on_progress)
    return result


@dataclass
class MutantsCourseReport:
    """`course check --mutants`: the course check plus the mutation analysis."""

    course: CourseReport
    exercises: list[ExerciseMutants]
    seconds: float = 0.0

    @property
    def problems(self) -> list[Problem]:
        return self.course.problems + [p for e in self.exercises for p in e.problems]

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        keys = ("total", "killed", "survived", "equivalent")
        return {k: sum(e.counts()[k] for e in self.exercises) for k in keys}

    def as_dict(self) -> dict[str, object]:
        data = self.course.as_dict()
        data["ok"] = self.ok
        data["problems"] = [p.as_dict() for p in self.problems]
        data["seconds"] = round(self.seconds, 2)
        data["mutants"] = {
            **self.counts(),
            "exercises": [e.as_dict() for e in self.exercises],
        }
        return data


def check_course_mutants(
    path: Path,
    workers: int | None = None,
    min_score: float | None = None,
    only: Sequence[str] | None = None,
    on_progress: Progress | None = None,
) -> MutantsCourseReport:
    """The course check, then the mutation analysis of its exercises (`only`: these ids),
    on one warm pool. Exercises skipped by the course check (missing packages) are skipped.
    """
    started = time.monotonic()
    size = pool_size(workers)
    bar = min_score_of(min_score)
    # Exercises that loaded are analysed even when others of the pack did not.
    course, _ = load_course_partially(path)
    if course is None:
        return MutantsCourseReport(check_course(path, None, workers, on_progress), [])
    with course_pool(course, size) as pool:
        report = check_course(path, pool, size, on_progress)
        skipped = {s.split(":", 1)[0] for s in report.skipped}
        chosen = [
            ex
            for ex in course.exercises()
            if ex.id not in skipped and (only is None or ex.id in only)
        ]
        exercises = analyse(chosen, pool, size, bar, on_progress)
    return MutantsCourseReport(report, exercises, time.monotonic() - started)
