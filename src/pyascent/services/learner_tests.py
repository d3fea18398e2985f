"""Grading an exercise where the learner writes the tests (`kind = "tests"`).

A test suite is good when it passes on correct code and fails on wrong code. So the
learner's test files are run, in the sandbox, against:

1. the subject as shipped in the starter, and the same subject rewritten by `ast.unparse`
   (a suite must pass on both: one that checks the source text instead of the behaviour
   fails the second);
2. every broken subject of `.meta/bugs`, each described in plain words: each must make at
   least one of their tests fail (or error, or time out);
3. every mutant of the subject (`pyascent.mutate`, minus those declared equivalent in
   `.meta/mutants.toml`): small changes that a thorough suite notices.

The verdict lists each bug their tests missed in its author's words, and the first missed
mutant by its line and change. The reference solution of such an exercise is the author's
own test file, so `course check` proving that it passes is the exercise's mutation gate.

The learner's tests are code like any other learner code: they run only in the sandbox, in
single-process mode (pytest and their tests in one sandboxed process, the pack hidden), and
the verdict is not marked verified: code that reads the subject's source could tell the
versions apart without testing them, and no judge process can rule that out.
"""

from __future__ import annotations

import ast
import shutil
import tempfile
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from pyascent.course import Exercise
from pyascent.grader import NO_TESTS_COLLECTED, GradeJob, Grader, TestResult, Verdict, WorkerPool
from pyascent.mutate import Mutant, mutants_of

# A mutant may loop forever: its run is capped at this many times the correct run's time.
TIME_FACTOR = 10
TIME_FLOOR_SECONDS = 2.0


@dataclass(frozen=True)
class Version:
    """One version of the subject to run the learner's tests against."""

    files: dict[str, bytes]  # the subject files of this version
    bug: str | None = None  # the bug's description, for a broken version
    mutant: Mutant | None = None


def grade_learner_tests(
    grader: Grader, exercise: Exercise, files: Mapping[str, bytes], base: GradeJob
) -> Verdict:
    """The learner's test `files` against the subject, its bugs and its mutants.

    `base` is the exercise's ordinary job (limits, support files, what to hide).
    """
    started = time.monotonic()
    subject = {name: (exercise.starter_dir / name).read_bytes() for name in exercise.subject}
    support = {k: v for k, v in base.support_files.items() if k not in exercise.subject}
    with tempfile.TemporaryDirectory(prefix="pyascent-learner-tests-") as folder:
        tests_dir = _tests_folder(Path(folder), exercise, files)
        job = replace(base, tests_dir=tests_dir, support_files=support, verified=False)

        def run(version: Version, cap: float | None = None) -> Verdict:
            limits = job.limits
            if cap is not None:
                limits = replace(
                    limits,
                    wall_seconds=min(limits.wall_seconds, cap),
                    cpu_seconds=min(limits.cpu_seconds, cap),
                )
            return grader.grade(replace(job, files=version.files, limits=limits))

        correct = run(Version(subject))
        if correct.summary == NO_TESTS_COLLECTED:
            return _verdict([_no_tests(exercise)], correct, started)
        if correct.status == "error" and not any(t.status == "passed" for t in correct.tests):
            return replace(correct, verified=False)  # their file does not even load
        rewritten = run(Version(_rewritten(subject)))
        first = _on_correct_code(exercise, correct, rewritten)
        if first.status != "passed":
            return _verdict([first], correct, started)
        cap = max(TIME_FLOOR_SECONDS, TIME_FACTOR * correct.duration_ms / 1000)
        bugs, mutants = _broken_versions(exercise, subject)
        parallel = grader.size if isinstance(grader, WorkerPool) else 1
        with ThreadPoolExecutor(max_workers=max(1, parallel)) as threads:
            bug_verdicts = list(threads.map(lambda v: run(v, cap), bugs))
            mutant_verdicts = list(threads.map(lambda v: run(v, cap), mutants))
    results = [first]
    results += [_bug_result(v, verdict) for v, verdict in zip(bugs, bug_verdicts, strict=True)]
    if mutants:
        missed = [
            v.mutant
            for v, verdict in zip(mutants, mutant_verdicts, strict=True)
            if verdict.passed and v.mutant is not None
        ]
        results.append(_mutants_result(exercise, missed, mutants))
    return _verdict(results, correct, started)


def _tests_folder(folder: Path, exercise: Exercise, files: Mapping[str, bytes]) -> Path:
    """The learner's test files, with the exercise's conftest and data (never its tests)."""
    if exercise.tests_dir.is_dir():
        for item in exercise.tests_dir.iterdir():
            if item.name.startswith("test_") or item.name == "__pycache__":
                continue
            if item.is_dir():
                shutil.copytree(item, folder / item.name)
            else:
                shutil.copy2(item, folder / item.name)
    for name in exercise.files:
        if name in files:
            (folder / name).write_bytes(files[name])
    return folder


def _rewritten(subject: dict[str, bytes]) -> dict[str, bytes]:
    """The subject with the same behaviour in other words: what `ast.unparse` writes, under
    a comment (so that even a subject already written that way reads differently)."""
    return {
        name: (
            f"# {name}, written differently\n" + ast.unparse(ast.parse(source.decode("utf-8")))
        ).encode("utf-8")
        + b"\n"
        for name, source in subject.items()
    }


def _broken_versions(
    exercise: Exercise, subject: dict[str, bytes]
) -> tuple[list[Version], list[Version]]:
    bugs = [
        Version({**subject, bug.file: bug.path.read_bytes()}, bug=bug.description)
        for bug in exercise.bugs
    ]
    equivalent = {m.id for m in exercise.equivalent_mutants}
    mutants = [
        Version({**subject, name: mutant.source.encode("utf-8")}, mutant=mutant)
        for name, source in subject.items()
        for mutant in mutants_of(source.decode("utf-8"), name)
        if mutant.id not in equivalent
    ]
    return bugs, mutants


def _no_tests(exercise: Exercise) -> TestResult:
    return TestResult(
        "passes-on-correct-code",
        "failed",
        f"Your tests pass on a correct {' and '.join(exercise.subject)}",
        "Your test file has no tests yet: write functions whose names start with test_.",
    )


def _on_correct_code(exercise: Exercise, correct: Verdict, rewritten: Verdict) -> TestResult:
    names = " and ".join(exercise.subject)
    title = f"Your tests pass on a correct {names}"
    ran = [t for t in correct.tests if t.status != "skipped"]
    if correct.passed and not ran:
        return _no_tests(exercise)
    for verdict, how in ((correct, "as given"), (rewritten, "written differently")):
        if not verdict.passed:
            failing = verdict.first_failure()
            why = f" First: {failing.title or failing.name}: {failing.message}" if failing else ""
            return TestResult(
                "passes-on-correct-code",
                "failed",
                title,
                f"Your tests fail on a correct {names} ({how}). A test that fails on "
                f"correct code is itself wrong: check what it expects.{why}",
            )
    return TestResult("passes-on-correct-code", "passed", title)


def _bug_result(version: Version, verdict: Verdict) -> TestResult:
    title = f"Catches the bug: {version.bug}"
    if not verdict.passed:
        return TestResult("catches-bug", "passed", title)
    return TestResult(
        "catches-bug",
        "failed",
        title,
        f"Your tests missed this bug: {version.bug}. They all pass on code with this bug: "
        "add a test that would fail on it.",
    )


def _mutants_result(
    exercise: Exercise, missed: list[Mutant], versions: list[Version]
) -> TestResult:
    names = " and ".join(exercise.subject)
    title = f"Catches small changes to {names}"
    if not missed:
        return TestResult("catches-small-changes", "passed", title)
    first = missed[0]
    line = _line(exercise, first)
    return TestResult(
        "catches-small-changes",
        "failed",
        title,
        f"Your tests missed {len(missed)} of {len(versions)} small changes to {names}. "
        f"For example, on line {first.line} of {first.file} ({line}): {first.description}. "
        "Add a test whose result depends on that line.",
    )


def _line(exercise: Exercise, mutant: Mutant) -> str:
    lines = (exercise.starter_dir / mutant.file).read_text("utf-8").splitlines()
    return f"`{lines[mutant.line - 1].strip()}`" if 0 < mutant.line <= len(lines) else "?"


def _verdict(results: list[TestResult], correct: Verdict, started: float) -> Verdict:
    failing = [r for r in results if r.status != "passed"]
    ordered = failing + [r for r in results if r.status == "passed"]
    if failing:
        summary = failing[0].message or failing[0].title or "Your tests miss something."
    else:
        summary = "Your tests pass on correct code and catch every bug and every small change."
    return Verdict(
        status="failed" if failing else "passed",
        summary=summary,
        tests=tuple(ordered),
        stdout=correct.stdout,
        stderr=correct.stderr,
        duration_ms=round((time.monotonic() - started) * 1000),
        sandbox=correct.sandbox,
        verified=False,
    )
