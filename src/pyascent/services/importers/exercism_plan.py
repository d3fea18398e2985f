"""Decide where each Exercism exercise goes in the pack, and what it carries over.

Modules: concept exercises are grouped by the first concept they teach (the track's own
syllabus), practice exercises by difficulty band. Exercism's prerequisites name *concepts*
while a pack's name *exercises*, so a prerequisite concept becomes the converted concept
exercises that teach it; one that no converted exercise teaches is dropped with a note, as
is an edge that would close a cycle (the pack checker refuses cycles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pyascent.services.importers.exercism_docs import split_hints
from pyascent.services.importers.exercism_topics import FALLBACK_TOPIC, topics_for
from pyascent.services.importers.exercism_track import Source, Track

# Exercism rates difficulty 1-10; the bands and the phase each band is shown in.
BANDS = (
    ("practice-easy", "Practice: easy", 1, 3, 1),
    ("practice-medium", "Practice: medium", 4, 6, 2),
    ("practice-hard", "Practice: hard", 7, 10, 3),
)


@dataclass
class PlannedModule:
    id: str
    title: str
    phase: int
    summary: str
    exercises: list[PlannedExercise] = field(default_factory=list)

    @property
    def weeks(self) -> list[int]:
        return [4 * (self.phase - 1) + 1]  # the first week of the phase (4 weeks each)


@dataclass
class PlannedExercise:
    source: Source
    module: str
    difficulty: int
    topics: tuple[str, ...]
    hints: list[str]
    prerequisites: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.source.entry.slug


def plan(track: Track, sources: list[Source]) -> list[PlannedModule]:
    """Modules in roadmap order (concepts first, then practice bands), none empty."""
    modules: dict[str, PlannedModule] = {}
    planned: list[PlannedExercise] = []
    for source in sorted(sources, key=lambda s: s.entry.position):
        module = _module_for(track, source, modules)
        exercise = _exercise(source, module.id)
        module.exercises.append(exercise)
        planned.append(exercise)
    _link_prerequisites(planned)
    concept = [m for m in modules.values() if not m.id.startswith("practice-")]
    practice = [m for band in BANDS for m in modules.values() if m.id == band[0]]
    for module in practice:
        module.exercises.sort(
            key=lambda e: (e.source.entry.difficulty or 1, e.source.entry.position)
        )
    return concept + practice


def _module_for(track: Track, source: Source, modules: dict[str, PlannedModule]) -> PlannedModule:
    entry = source.entry
    if entry.kind == "practice":
        level = entry.difficulty or 1
        key, title, low, high, phase = next(b for b in BANDS if b[2] <= level <= b[3])
        summary = (
            f"Practice exercises of the Exercism {track.language} track, difficulty "
            f"{low}-{high} on Exercism's scale of 1-10."
        )
    else:
        concept = entry.concepts[0] if entry.concepts else "concepts"
        # A module folder is lower-case words joined by '-'; concept slugs are free text.
        key = re.sub(r"[^a-z0-9]+", "-", concept.lower()).strip("-")[:60] or "concepts"
        if key in {b[0] for b in BANDS}:
            key = f"concept-{key}"
        title = track.concept_names.get(concept, concept.replace("-", " ").capitalize())
        phase = 1
        summary = f"Concept exercises of the Exercism {track.language} track: {title}."
    if key not in modules:
        modules[key] = PlannedModule(key, title, phase, summary)
    return modules[key]


def _exercise(source: Source, module: str) -> PlannedExercise:
    entry = source.entry
    notes: list[str] = []
    # 1-10 onto 1-5; concept exercises have no difficulty on Exercism: they come first.
    difficulty = (entry.difficulty + 1) // 2 if entry.difficulty else 1
    if entry.kind == "practice" and entry.difficulty is None:
        notes.append("config.json gives no difficulty: filed as 1")
    concepts = entry.concepts if entry.kind == "concept" else entry.practices
    topics = topics_for(concepts) or topics_for(entry.prerequisites)
    if not topics:
        topics = (FALLBACK_TOPIC,)
        named = ", ".join(concepts + entry.prerequisites) or "none"
        notes.append(f"no pyascent topic for its concepts ({named}): filed under {FALLBACK_TOPIC}")
    hints: list[str] = []
    if source.hints is None:
        notes.append("no .docs/hints.md: this exercise has no hints")
    else:
        hints = split_hints(source.hints)
        if not hints:
            notes.append(".docs/hints.md holds no hint text: this exercise has no hints")
    return PlannedExercise(source, module, difficulty, topics, hints, notes=notes)


def _link_prerequisites(planned: list[PlannedExercise]) -> None:
    teachers: dict[str, list[str]] = {}
    for exercise in planned:
        if exercise.source.entry.kind == "concept":
            for concept in exercise.source.entry.concepts:
                teachers.setdefault(concept, []).append(exercise.id)
    graph: dict[str, list[str]] = {}
    for exercise in planned:
        graph[exercise.id] = exercise.prerequisites
        for concept in exercise.source.entry.prerequisites:
            found = [t for t in teachers.get(concept, []) if t != exercise.id]
            if not found:
                exercise.notes.append(
                    f"prerequisite concept '{concept}' is taught by no converted exercise: dropped"
                )
            for teacher in found:
                if teacher in exercise.prerequisites:
                    continue
                if _reaches(graph, teacher, exercise.id):
                    exercise.notes.append(
                        f"prerequisite '{teacher}' would make a cycle of prerequisites: dropped"
                    )
                    continue
                exercise.prerequisites.append(teacher)


def _reaches(graph: dict[str, list[str]], start: str, goal: str) -> bool:
    seen: set[str] = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, []))
    return False
