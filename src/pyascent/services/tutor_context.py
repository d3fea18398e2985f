"""Gather what the tutor may know about one learner on one exercise, from the store, the
course and the last verdict, into the pure `TutorContext` the tutor's policy works on.

Only here do files get read and rows get fetched for the tutor; the ladder, the engine and
the guard stay pure, so they can be tested with plain values and cannot leak what they were
never handed (the reference and the hidden tests go to the guard only, to be checked against).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping

from pyascent.course import Course, Exercise, Section, TutorOptions, lesson_sections
from pyascent.grader import TestResult, Verdict
from pyascent.store import AttemptRecord, ProgressRecord, TutorTurnRecord
from pyascent.tutor.context import (
    CodeLine,
    FailingTest,
    LadderState,
    LessonSection,
    Level,
    MistakeMatch,
    SyntaxProblem,
    TutorContext,
    TutorSettings,
    TutorTurn,
)
from pyascent.tutor.diffhint import wrong_lines

LESSON_SECTIONS = 40
# Hints name lessons as: the lesson "Your first program", section "..."
_NAMED_LESSON = re.compile(
    r'lesson "([^"]{4,})"'
)  # the sections of the exercise's lessons the tutor may cite


def tutor_settings(course: Course, exercise: Exercise) -> TutorSettings:
    """The built-in defaults, then the course's `[tutor]`, then the exercise's."""
    merged = TutorSettings()
    for options in (course.tutor, exercise.tutor):
        merged = _over(merged, options)
    return merged


def _over(base: TutorSettings, options: TutorOptions) -> TutorSettings:
    return TutorSettings(
        enabled=base.enabled if options.enabled is None else options.enabled,
        max_level=base.max_level if options.max_level is None else Level(options.max_level),
        llm=base.llm if options.llm is None else options.llm,
        avoid=base.avoid if options.avoid is None else options.avoid,
        code_examples=base.code_examples
        if options.code_examples is None
        else options.code_examples,
        attempts_for_scaffold=base.attempts_for_scaffold
        if options.attempts_for_scaffold is None
        else options.attempts_for_scaffold,
    )


def exercise_sections(course: Course, exercise: Exercise) -> tuple[LessonSection, ...]:
    """Sections the tutor may cite: the lessons the hints name (by title), then the
    lessons on the exercise's topics, its own module's first."""
    quoted = {q for hint in exercise.hints for q in _NAMED_LESSON.findall(hint)}
    modules = sorted(course.modules, key=lambda m: m.id != exercise.module_id)
    named = [
        (m, lesson)
        for m in course.modules
        for lesson in m.lessons
        if any(lesson.title.startswith(q) for q in quoted)
    ]
    on_topic = [
        (m, lesson)
        for m in modules
        for lesson in m.lessons
        if set(lesson.topics) & set(exercise.topics) and (m, lesson) not in named
    ]
    found = [
        _section_of(module.id, lesson.slug, section)
        for module, lesson in named + on_topic
        for section in lesson_sections(module, lesson)
    ]
    return tuple(found[:LESSON_SECTIONS])


_ALL_SECTIONS: dict[int, dict[str, LessonSection]] = {}


def course_sections(course: Course) -> dict[str, LessonSection]:
    """Every section of the course by anchor (built once per course object): what a
    citation may resolve to, and what retrieval over the lessons returns."""
    key = id(course)
    found = _ALL_SECTIONS.get(key)
    if found is None:
        found = {
            section.anchor: _section_of(module.id, lesson.slug, section)
            for module in course.modules
            for lesson in module.lessons
            for section in lesson_sections(module, lesson)
        }
        _ALL_SECTIONS[key] = found
        weakref.finalize(course, _ALL_SECTIONS.pop, key, None)
    return found


_VOCABULARIES: dict[int, frozenset[str]] = {}
_VOCABULARY_WORD = re.compile(r"[a-z][a-z0-9_]{2,}")


def course_vocabulary(course: Course) -> frozenset[str]:
    """Words that make a question about this course: its topics, lesson titles and
    headings ("closure", "descriptor", "tracemalloc"), so the router does not send a real
    question away as off-topic."""
    key = id(course)
    found = _VOCABULARIES.get(key)
    if found is None:
        text = " ".join(
            f"{s.lesson_title} {s.heading}" for s in course_sections(course).values()
        ) + " ".join(t for e in course.exercises() for t in e.topics)
        found = frozenset(_VOCABULARY_WORD.findall(text.lower().replace(".", " ")))
        _VOCABULARIES[key] = found
        weakref.finalize(course, _VOCABULARIES.pop, key, None)
    return found


def _section_of(module_id: str, lesson_slug: str, section: Section) -> LessonSection:
    return LessonSection(
        anchor=section.anchor,
        lesson_title=section.lesson_title,
        heading=section.heading,
        text=section.text,
        url=f"/modules/{module_id}/lessons/{lesson_slug}#{section.slug}",
    )


def reference_files(exercise: Exercise) -> dict[str, str]:
    return {
        name: (exercise.solution_dir / name).read_text(encoding="utf-8", errors="replace")
        for name in exercise.files
        if (exercise.solution_dir / name).is_file()
    }


def hidden_test_sources(exercise: Exercise) -> tuple[str, ...]:
    return tuple(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(exercise.tests_dir.rglob("*.py"))
    )


def ladder_state(turns: list[TutorTurnRecord], hints_shown: int) -> LadderState:
    """The highest level given so far and the attempt count when it was first reached."""
    if not turns:
        return LadderState(None, 0, hints_shown)
    top = max(turn.level for turn in turns)
    first = next(turn for turn in turns if turn.level == top)
    return LadderState(Level(top), first.attempts, hints_shown)


def failing_test(result: TestResult) -> FailingTest:
    return FailingTest(
        name=result.name,
        status=result.status,
        title=result.title,
        message=result.message,
        expected=result.expected,
        actual=result.actual,
        error_type=result.error_type,
        explanation=result.explanation,
        traceback=tuple(CodeLine(f.file, f.line, f.function, f.code) for f in result.traceback),
        test_code=result.test_code,
    )


def matched_mistake(
    exercise: Exercise,
    failing: FailingTest | None,
    tests: tuple[TestResult, ...] = (),
    overall: str = "",
) -> MistakeMatch | None:
    """The author's mistake this verdict shows, by how specific the evidence is: its proven
    message in the first failure, then in any failure, then its proven test failing first,
    then failing at all (a test fails for many mistakes; a message is written for one)."""
    if failing is None:
        return None
    first = _said(failing.message, failing.explanation, failing.error_type)
    failed = [t for t in tests if t.status not in ("passed", "skipped")]
    anywhere = " ".join(
        [first, overall.lower(), *(_said(t.message, t.explanation, t.error_type) for t in failed)]
    )
    names = {t.name for t in failed}
    best: tuple[int, int] | None = None
    for order, mistake in enumerate(exercise.mistakes):
        wanted = (mistake.expect_message or "").lower()
        ranks = [
            0 if wanted and wanted in first else None,
            1 if wanted and wanted in anywhere else None,
            2 if mistake.expect_test == failing.name else None,
            3 if mistake.expect_test in names else None,
        ]
        found = [rank for rank in ranks if rank is not None]
        if found and (best is None or (min(found), order) < best):
            best = (min(found), order)
    if best is None:
        return None
    chosen = exercise.mistakes[best[1]]
    return MistakeMatch(chosen.name, chosen.description)


def _said(*parts: str | None) -> str:
    return " ".join(part for part in parts if part).lower()


def build_context(
    course: Course,
    exercise: Exercise,
    files: Mapping[str, str],
    last: AttemptRecord | None,
    progress: ProgressRecord,
    attempts: int,
    turns: list[TutorTurnRecord],
    message: str,
) -> TutorContext:
    """The context of one turn: `files` is the learner's code as it is now, `last` the
    latest graded attempt (its verdict is what the tutor talks about)."""
    verdict = Verdict.from_json(last.verdict) if last and last.verdict else None
    first = verdict.first_failure() if verdict else None
    failing = failing_test(first) if first else None
    problem = None
    if verdict is not None and verdict.problem is not None:
        p = verdict.problem
        problem = SyntaxProblem(p.file, p.line, p.message, p.text)
    main = exercise.files[0]
    references = reference_files(exercise)
    return TutorContext(
        exercise_id=exercise.id,
        title=exercise.title,
        instructions=exercise.instructions,
        main_file=main,
        learner_files=dict(files),
        references=(references,),
        hidden_tests=hidden_test_sources(exercise),
        status=verdict.status if verdict else "none",
        summary=verdict.summary if verdict else "",
        failing=failing,
        problem=problem,
        mistake=matched_mistake(
            exercise,
            failing,
            verdict.tests if verdict else (),
            f"{verdict.summary} {verdict.explanation or ''}" if verdict else "",
        ),
        hints=exercise.hints,
        lessons=exercise_sections(course, exercise),
        attempts=attempts,
        failed_attempts=progress.failed_attempts,
        wrong_lines=wrong_lines(files.get(main, ""), references.get(main, "")),
        settings=tutor_settings(course, exercise),
        ladder=ladder_state(turns, progress.hints_shown),
        message=message,
        history=tuple(turn_of(record) for record in turns[-4:]),
    )


def turn_of(record: TutorTurnRecord) -> TutorTurn:
    data = record.turn
    return TutorTurn(
        level=Level(record.level),
        message=str(data.get("message", "")),
        question=str(data.get("question", "")),
        cites=tuple(str(c) for c in data.get("cites", ())),
        code=data.get("code"),
        source=record.source,
    )
