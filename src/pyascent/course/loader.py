"""Turn a course pack on disk into the typed model, collecting every problem on the way.

The loader checks each file on its own (schema, required files); cross-file rules such as
unique ids and prerequisite cycles live in `validate`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from pyascent.course.answers import ANSWERS_FILE
from pyascent.course.collector import Collector as _Collector
from pyascent.course.examples import explorer_views
from pyascent.course.loader_parts import load_answers, load_bugs
from pyascent.course.manifest import (
    CourseManifest,
    ExerciseManifest,
    FlashcardsManifest,
    LessonFrontMatter,
    MistakeManifest,
    ModuleManifest,
    MutantsManifest,
    TutorManifest,
)
from pyascent.course.model import (
    Bug,
    Course,
    EquivalentMutant,
    Exercise,
    Flashcard,
    Lesson,
    LimitOverrides,
    Mistake,
    Module,
    ReadingLink,
    TutorOptions,
)
from pyascent.course.problems import ContentError, Problem
from pyascent.course.quizzes import parse_quizzes
from pyascent.course.tomlfile import TomlFile, read_toml

M = TypeVar("M", bound=BaseModel)


def load_course(path: Path) -> Course:
    """Load a whole pack from its folder (the one holding course.toml).

    Raises:
        ContentError: with every problem found, if any file is malformed or missing.
    """
    course, problems = load_course_partially(path)
    if problems or course is None:
        raise ContentError(problems)
    return course


def load_course_partially(path: Path) -> tuple[Course | None, list[Problem]]:
    """Load what is sound and list the rest: the checker still runs the good exercises."""
    col = _Collector()
    course_toml = path / "course.toml"
    if not path.is_dir():
        return None, [Problem(path, None, None, "course folder does not exist")]
    manifest = col.parse(course_toml, CourseManifest)
    if manifest is None:
        return None, col.problems
    modules = []
    for name in manifest.modules:
        module_dir = path / name
        if not module_dir.is_dir():
            col.add(course_toml, f"module folder '{name}' does not exist", None, "modules")
            continue
        module = _load_module(module_dir, col, manifest.mode)
        if module is not None:
            modules.append(module)
    for child in sorted(p for p in path.iterdir() if p.is_dir() and (p / "module.toml").exists()):
        if child.name not in manifest.modules:
            col.add(course_toml, f"module folder '{child.name}' is not listed", None, "modules")
    course = Course(
        id=manifest.id,
        title=manifest.title,
        description=manifest.description,
        path=path,
        modules=tuple(modules),
        tutor=tutor_options(manifest.tutor),
    )
    return course, col.problems


def _load_module(path: Path, col: _Collector, mode: str = "verified") -> Module | None:
    manifest = col.parse(path / "module.toml", ModuleManifest)
    lessons = _load_lessons(path / "lessons", col)
    ex_root = path / "exercises"
    folders = sorted(p.name for p in ex_root.iterdir() if p.is_dir()) if ex_root.is_dir() else []
    order = folders
    if manifest is not None and manifest.exercises is not None:
        order = list(manifest.exercises)
        for name in order:
            if name not in folders:
                col.add(path / "module.toml", f"no exercise folder '{name}'", None, "exercises")
        for name in folders:
            if name not in order:
                col.add(
                    path / "module.toml",
                    f"exercise folder '{name}' is not listed",
                    None,
                    "exercises",
                )
    module_id = manifest.id if manifest else path.name
    exercises = []
    for name in order:
        if name in folders:
            exercise = load_exercise(ex_root / name, module_id, col.problems, mode)
            if exercise is not None:
                exercises.append(exercise)
    flashcards = _load_flashcards(path / "flashcards.toml", col)
    answers = load_answers(path / ANSWERS_FILE, col)
    cheatsheet_path = path / "cheatsheet.md"
    cheatsheet = _read_text(cheatsheet_path, col) if cheatsheet_path.exists() else None
    if manifest is None:
        return None
    return Module(
        id=manifest.id,
        title=manifest.title,
        phase=manifest.phase,
        weeks=tuple(manifest.weeks),
        summary=manifest.summary,
        path=path,
        lessons=tuple(lessons),
        exercises=tuple(exercises),
        reading=tuple(ReadingLink(r.title, r.url) for r in manifest.reading),
        flashcards=tuple(flashcards),
        cheatsheet=cheatsheet,
        answers=tuple(answers),
    )


def _read_text(path: Path, col: _Collector) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        col.add(path, "file is missing")
    except UnicodeDecodeError:
        col.add(path, "file is not valid UTF-8")
    except OSError as exc:
        col.add(path, f"cannot read file: {exc.strerror}")
    return None


def _load_lessons(path: Path, col: _Collector) -> list[Lesson]:
    if not path.is_dir():
        return []
    lessons = []
    for file in sorted(path.glob("*.md")):
        text = _read_text(file, col)
        if text is None:
            continue
        front, body = _split_front_matter(file, text, col)
        title = front.title if front and front.title else _first_heading(body) or file.stem
        slug = file.stem.split("-", 1)[-1] if file.stem[:2].isdigit() else file.stem
        topics = tuple(front.topics) if front else ()
        first_line = text[: len(text) - len(body)].count("\n") + 1 if body else 1
        quizzes, problems = parse_quizzes(file, body, first_line)
        col.problems.extend(problems)
        views, problems = explorer_views(file, body, first_line)
        col.problems.extend(problems)
        lesson = Lesson(slug, title, file, topics, body, tuple(quizzes), tuple(views))
        lessons.append(lesson)
    return lessons


def _split_front_matter(
    path: Path, text: str, col: _Collector
) -> tuple[LessonFrontMatter | None, str]:
    """Lessons may open with TOML front matter between two `+++` lines."""
    if not text.startswith("+++\n"):
        return None, text
    end = text.find("\n+++", 4)
    if end == -1:
        col.add(path, "front matter opened with +++ is never closed", 1)
        return None, text
    raw, body = text[4:end], text[end + 4 :].lstrip("\n")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        col.add(path, f"invalid TOML in front matter: {exc}", 1)
        return None, body
    front = col.validate(TomlFile(path, raw, data), LessonFrontMatter)
    if front is None:
        # Front matter lines start after the opening +++ line.
        col.problems[-1] = _shift(col.problems[-1], 1)
    return front, body


def _shift(problem: Problem, by: int) -> Problem:
    line = problem.line + by if problem.line is not None else None
    return Problem(problem.file, line, problem.field, problem.message)


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None


def _load_flashcards(path: Path, col: _Collector) -> list[Flashcard]:
    if not path.exists():
        return []
    manifest = col.parse(path, FlashcardsManifest)
    if manifest is None:
        return []
    return [Flashcard(c.id, c.question, c.answer, tuple(c.topics)) for c in manifest.card]


def load_exercise(
    path: Path, module_id: str, problems: list[Problem], course_mode: str = "verified"
) -> Exercise | None:
    """Load one exercise folder; problems are appended to `problems`."""
    col = _Collector()
    manifest = col.parse(path / "exercise.toml", ExerciseManifest)
    instructions = _read_text(path / "instructions.md", col)
    mistakes = _load_mistakes(path / ".meta" / "mistakes", col)
    equivalents = _load_equivalent_mutants(path / ".meta" / "mutants.toml", col)
    bugs: list[Bug] = []
    if manifest is not None:
        _require_files(path, manifest, col)
        if manifest.kind == "tests":
            bugs = load_bugs(path, manifest, col)
    problems.extend(col.problems)
    if manifest is None or instructions is None or col.problems:
        return None
    return Exercise(
        id=manifest.id,
        slug=path.name,
        title=manifest.title,
        module_id=module_id,
        path=path,
        topics=tuple(manifest.topics),
        difficulty=manifest.difficulty,
        files=tuple(manifest.files),
        hints=tuple(manifest.hints),
        prerequisites=tuple(manifest.prerequisites),
        limits=LimitOverrides(**manifest.limits.model_dump()),
        requires=tuple(manifest.requires),
        instructions=instructions,
        mistakes=tuple(mistakes),
        mode=manifest.mode or course_mode,
        equivalent_mutants=tuple(equivalents),
        kind=manifest.kind,
        subject=tuple(manifest.subject),
        bugs=tuple(bugs),
        typecheck=manifest.typecheck,
        tutor=tutor_options(manifest.tutor),
    )


def load_exercise_folder(path: Path) -> Exercise:
    """Load a single exercise folder on its own (for `pyascent grade`).

    Raises:
        ContentError: if the folder is not a sound exercise.
    """
    problems: list[Problem] = []
    exercise = load_exercise(path, path.parent.parent.name, problems)
    if exercise is None:
        raise ContentError(problems or [Problem(path, None, None, "not an exercise folder")])
    return exercise


def _require_files(path: Path, manifest: ExerciseManifest, col: _Collector) -> None:
    toml = path / "exercise.toml"
    for name in manifest.files:
        for folder in ("starter", ".meta/solution"):
            if not (path / folder / name).is_file():
                col.add(
                    toml,
                    f"'{name}' is listed in files but {folder}/{name} is missing",
                    None,
                    "files",
                )
    for name in manifest.subject:
        if not (path / "starter" / name).is_file():
            col.add(toml, f"subject file starter/{name} is missing", None, "subject")
    tests = path / ".meta" / "tests"
    if manifest.kind == "code" and not sorted(tests.glob("test_*.py")):
        col.add(tests, "no hidden tests: add at least one .meta/tests/test_*.py")


def _load_mistakes(path: Path, col: _Collector) -> list[Mistake]:
    if not path.is_dir():
        return []
    mistakes = []
    for program in sorted(path.glob("*.py")):
        manifest = col.parse(program.with_suffix(".toml"), MistakeManifest)
        if manifest is None:
            continue
        mistakes.append(
            Mistake(
                name=program.stem,
                path=program,
                description=manifest.description,
                expect_message=manifest.expect_message,
                expect_test=manifest.expect_test,
            )
        )
    for orphan in sorted(path.glob("*.toml")):
        if not orphan.with_suffix(".py").exists():
            col.add(orphan, f"no program {orphan.with_suffix('.py').name} for this mistake")
    return mistakes


def _load_equivalent_mutants(path: Path, col: _Collector) -> list[EquivalentMutant]:
    """`.meta/mutants.toml`: survivors the author declares equivalent, each with a reason."""
    if not path.exists():
        return []
    read = read_toml(path)
    if isinstance(read, Problem):
        col.problems.append(read)
        return []
    manifest = col.validate(read, MutantsManifest)
    if manifest is None:
        return []
    found: list[EquivalentMutant] = []
    for index, entry in enumerate(manifest.equivalent):
        line = read.line_of(("equivalent", index, "id"))
        if any(e.id == entry.id for e in found):
            col.add(path, f"mutant {entry.id} is listed twice", line, f"equivalent[{index}].id")
            continue
        found.append(EquivalentMutant(entry.id, entry.reason, line))
    return found


def tutor_options(table: TutorManifest) -> TutorOptions:
    data = table.model_dump()
    if data["avoid"] is not None:
        data["avoid"] = tuple(data["avoid"])
    return TutorOptions(**data)
