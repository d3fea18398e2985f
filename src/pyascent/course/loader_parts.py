"""Files only some modules and exercises have: the quiz answers the tools record, and the
broken subjects of exercises where the learner writes the tests."""

from __future__ import annotations

from pathlib import Path

from pyascent.course.collector import Collector
from pyascent.course.manifest import BugManifest, ExerciseManifest, QuizAnswersManifest
from pyascent.course.model import Bug, RecordedAnswer
from pyascent.course.problems import Problem
from pyascent.course.tomlfile import read_toml


def load_answers(path: Path, col: Collector) -> list[RecordedAnswer]:
    if not path.exists():
        return []
    read = read_toml(path)
    if isinstance(read, Problem):
        col.problems.append(read)
        return []
    manifest = col.validate(read, QuizAnswersManifest)
    if manifest is None:
        return []
    return [
        RecordedAnswer(a.quiz, a.code_sha256, a.output, read.line_of(("answer", i)))
        for i, a in enumerate(manifest.answer)
    ]


def _uncompilable(program: Path) -> Problem | None:
    """A broken subject must still run: one that does not compile fails every test, so
    every learner's tests would "catch" it and prove nothing."""
    try:
        compile(program.read_bytes(), str(program), "exec", dont_inherit=True)
    except SyntaxError as exc:
        return Problem(
            program,
            exc.lineno,
            None,
            f"this bug does not compile ({exc.msg}): every test would catch it; a bug must "
            "be a program that runs and behaves wrongly",
        )
    except ValueError as exc:
        return Problem(program, None, None, f"this bug cannot be read as Python: {exc}")
    return None


def load_bugs(path: Path, manifest: ExerciseManifest, col: Collector) -> list[Bug]:
    """`.meta/bugs/<name>.py` + `<name>.toml`: broken subjects, each described in words."""
    folder = path / ".meta" / "bugs"
    bugs = []
    for program in sorted(folder.glob("*.py")) if folder.is_dir() else []:
        described = col.parse(program.with_suffix(".toml"), BugManifest)
        if described is None:
            continue
        file = described.file or manifest.subject[0]
        if file not in manifest.subject:
            col.add(
                program.with_suffix(".toml"),
                f"'{file}' is not a subject file of this exercise",
                None,
                "file",
            )
            continue
        problem = _uncompilable(program)
        if problem is not None:
            col.problems.append(problem)
            continue
        bugs.append(Bug(program.stem, program, described.description, file))
    if folder.is_dir():
        for orphan in sorted(folder.glob("*.toml")):
            if not orphan.with_suffix(".py").exists():
                col.add(orphan, f"no program {orphan.with_suffix('.py').name} for this bug")
    if not bugs and not any(folder in p.file.parents for p in col.problems):
        col.add(
            path / "exercise.toml",
            "an exercise of kind 'tests' needs at least one broken subject in "
            ".meta/bugs/<name>.py with <name>.toml describing the bug",
            None,
            "kind",
        )
    return bugs
