"""Rules that span files of a pack: unique ids, known topics, sound prerequisites, coverage.

Static only: nothing here runs code. Running solutions, starters and mistakes through the
real grader is the services layer's job (it composes `course` and `grader`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pyascent.course.model import Course, Exercise
from pyascent.course.problems import Problem
from pyascent.course.tomlfile import read_toml
from pyascent.course.topics import TopicCatalogue


def static_problems(course: Course, catalogue: TopicCatalogue) -> list[Problem]:
    """Every cross-file defect of a loaded course."""
    problems: list[Problem] = []
    problems += _duplicate_ids(course)
    problems += _unknown_topics(course, catalogue)
    problems += _prerequisite_problems(course)
    return problems


def _line(exercise: Exercise, field: str, value: str | None = None) -> int | None:
    toml = read_toml(exercise.manifest_path)
    if isinstance(toml, Problem):
        return None
    if value is not None:
        for number, raw in enumerate(toml.text.splitlines(), start=1):
            if f'"{value}"' in raw or f"'{value}'" in raw:
                return number
    return toml.line_of((field,))


def _duplicate_ids(course: Course) -> list[Problem]:
    seen: dict[str, Exercise] = {}
    problems = []
    for exercise in course.exercises():
        first = seen.setdefault(exercise.id, exercise)
        if first is not exercise:
            problems.append(
                Problem(
                    exercise.manifest_path,
                    _line(exercise, "id"),
                    "id",
                    f"duplicate exercise id '{exercise.id}' (also used by {first.manifest_path})",
                )
            )
    modules: dict[str, str] = {}
    for module in course.modules:
        if module.id in modules:
            problems.append(
                Problem(
                    module.path / "module.toml", None, "id", f"duplicate module id '{module.id}'"
                )
            )
        modules[module.id] = module.id
    return problems


def _unknown_topics(course: Course, catalogue: TopicCatalogue) -> list[Problem]:
    known = catalogue.ids()
    problems = []
    for exercise in course.exercises():
        for topic in exercise.topics:
            if topic not in known:
                problems.append(
                    Problem(
                        exercise.manifest_path,
                        _line(exercise, "topics", topic),
                        "topics",
                        f"unknown topic id '{topic}' (see pyascent/course/topics.toml)",
                    )
                )
    for module in course.modules:
        for lesson in module.lessons:
            for topic in lesson.topics:
                if topic not in known:
                    problems.append(
                        Problem(lesson.path, None, "topics", f"unknown topic id '{topic}'")
                    )
        for card in module.flashcards:
            for topic in card.topics:
                if topic not in known:
                    problems.append(
                        Problem(
                            module.path / "flashcards.toml",
                            None,
                            f"card[{card.id}].topics",
                            f"unknown topic id '{topic}'",
                        )
                    )
    return problems


def _prerequisite_problems(course: Course) -> list[Problem]:
    by_id = {ex.id: ex for ex in course.exercises()}
    problems = []
    for exercise in course.exercises():
        for req in exercise.prerequisites:
            if req not in by_id:
                problems.append(
                    Problem(
                        exercise.manifest_path,
                        _line(exercise, "prerequisites", req),
                        "prerequisites",
                        f"prerequisite '{req}' is not an exercise of this course",
                    )
                )
    for cycle in _cycles({k: [r for r in v.prerequisites if r in by_id] for k, v in by_id.items()}):
        first = by_id[cycle[0]]
        problems.append(
            Problem(
                first.manifest_path,
                _line(first, "prerequisites"),
                "prerequisites",
                "prerequisites form a cycle: " + " -> ".join([*cycle, cycle[0]]),
            )
        )
    return problems


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Each elementary cycle once, found by depth-first search with colours."""
    white, grey, black = 0, 1, 2
    colour: dict[str, int] = defaultdict(int)
    stack: list[str] = []
    found: list[list[str]] = []
    seen_sets: set[frozenset[str]] = set()

    def visit(node: str) -> None:
        colour[node] = grey
        stack.append(node)
        for nxt in graph.get(node, []):
            if colour[nxt] == grey:
                cycle = stack[stack.index(nxt) :]
                key = frozenset(cycle)
                if key not in seen_sets:
                    seen_sets.add(key)
                    found.append(cycle)
            elif colour[nxt] == white:
                visit(nxt)
        stack.pop()
        colour[node] = black

    for node in sorted(graph):
        if colour[node] == white:
            visit(node)
    return found


@dataclass(frozen=True)
class Coverage:
    """Which topic ids of the catalogue a course teaches and practises."""

    by_lessons: frozenset[str]
    by_exercises: frozenset[str]
    uncovered: tuple[str, ...]
    total: int

    def as_dict(self) -> dict[str, object]:
        return {
            "total": self.total,
            "by_lessons": sorted(self.by_lessons),
            "by_exercises": sorted(self.by_exercises),
            "uncovered": list(self.uncovered),
        }


def coverage(course: Course, catalogue: TopicCatalogue) -> Coverage:
    lessons = {t for m in course.modules for lesson in m.lessons for t in lesson.topics}
    exercises = {t for ex in course.exercises() for t in ex.topics}
    known = catalogue.ids()
    uncovered = tuple(
        t.id for t in catalogue.topics if t.id not in lessons or t.id not in exercises
    )
    return Coverage(
        by_lessons=frozenset(lessons & known),
        by_exercises=frozenset(exercises & known),
        uncovered=uncovered,
        total=len(catalogue.topics),
    )
