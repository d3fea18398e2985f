"""The five tools a model may call in the tutor's agent mode, each a thin wrapper over
something the platform already decides.

Why wrappers and not access: the model plans which evidence to look at, but what each tool
can show is fixed here (tutor.md C.4, "Optional agent mode"). `run_tests` runs the
learner's code in the sandbox and answers with the verdict as the learner sees it (names,
titles, statuses, the first failure's message, expected and actual), never the hidden
tests' source; `get_hint` is the ladder's own turn, at most at the level the ladder allowed;
no tool can read the reference solution. A call the model gets wrong (a made-up tool, bad
JSON, a missing or extra argument) is answered with an error it can read, never raised:
a confused model must not break a learner's turn.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pyascent.course import Course, Exercise, lesson_sections
from pyascent.grader import GraderError, Verdict
from pyascent.services.errors import ServiceError
from pyascent.services.grading import grade_exercise
from pyascent.store import IndexedSection, LessonIndex
from pyascent.tutor.context import Level, TutorContext
from pyascent.tutor.engine import ladder_turn
from pyascent.tutor.route import Intent

if TYPE_CHECKING:
    from pyascent.services.learner import LearnerService

SEARCH_HITS = 3
SECTION_CHARS = 600  # of each section a search returns
CODE_CHARS = 6000  # of the learner's files, as the fixed workflow's prompt allows
HISTORY_ATTEMPTS = 5
MAX_TESTS = 30  # in one run_tests summary


@dataclass(frozen=True)
class ToolSpec:
    """One tool as the model sees it: a name, what it is for, and its arguments."""

    name: str
    description: str
    properties: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    required: tuple[str, ...] = ()

    def schema(self) -> dict[str, Any]:
        """OpenAI's function-calling form of the tool."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": {
                    "type": "object",
                    "properties": {name: dict(spec) for name, spec in self.properties.items()},
                    "required": list(self.required),
                    "additionalProperties": False,
                },
            },
        }


TOOLS = (
    ToolSpec(
        "run_tests",
        "Run the learner's current code against the exercise's tests. Returns each test's "
        "name, title and status, and the first failure's message, expected and actual value.",
    ),
    ToolSpec("read_learner_code", "The learner's files as they are now."),
    ToolSpec(
        "search_lessons",
        "Search the course's lessons. Returns the 3 best sections: anchor, title and the "
        "start of the text. Only sections marked citable may be cited.",
        {"query": {"type": "string", "description": "a few words about the idea"}},
        ("query",),
    ),
    ToolSpec(
        "get_hint",
        "The platform's own hint at a help level (0 explain, 1 locate, 2 concept, 3 strategy); "
        "no higher than the level the platform chose for this turn.",
        {"level": {"type": "integer", "minimum": 0, "maximum": 3}},
        ("level",),
    ),
    ToolSpec(
        "attempt_history",
        "The learner's last 5 checks of this exercise: status and the first failing test.",
    ),
)
TOOL_SCHEMAS = [tool.schema() for tool in TOOLS]
_SPECS = {tool.name: tool for tool in TOOLS}
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str) and bool(value.strip()),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
}


class ToolRefused(Exception):
    """A call that cannot run as asked; the message is what the model reads."""


@dataclass(frozen=True)
class ToolResult:
    """What goes back to the model as a `role: tool` message; `ok` False for an error."""

    name: str
    content: str
    ok: bool


class LessonSearch:
    """Every section of a course's lessons in one FTS5 index, with the text to show."""

    def __init__(self, course: Course) -> None:
        sections = [
            section
            for module in course.modules
            for lesson in module.lessons
            for section in lesson_sections(module, lesson)
        ]
        self.texts = {section.anchor: section.text for section in sections}
        self.index = LessonIndex(
            IndexedSection(s.anchor, f"{s.lesson_title}: {s.heading}", s.text) for s in sections
        )


_SEARCHES: dict[int, LessonSearch] = {}
_SEARCHES_LOCK = threading.Lock()


def lesson_search(course: Course) -> LessonSearch:
    """The course's index, built on first use and dropped with the course."""
    key = id(course)
    with _SEARCHES_LOCK:
        found = _SEARCHES.get(key)
        if found is None:
            found = _SEARCHES[key] = LessonSearch(course)
            weakref.finalize(course, _forget, key)
    return found


def _forget(key: int) -> None:
    with _SEARCHES_LOCK:
        gone = _SEARCHES.pop(key, None)
    if gone is not None:
        gone.index.close()


@dataclass
class ToolBox:
    """The tools over one turn's evidence; `allowed` is the level the ladder chose."""

    service: LearnerService
    exercise: Exercise
    context: TutorContext
    allowed: Level
    intent: Intent
    _verdict: Verdict | None = None  # one sandbox run per turn: the code does not change

    def call(self, name: str, arguments: str) -> ToolResult:
        """Run one call the model asked for; every mistake of the model is an error result."""
        try:
            spec = _SPECS.get(name)
            if spec is None:
                known = ", ".join(_SPECS)
                raise ToolRefused(f"There is no tool called {name!r}. The tools are: {known}.")
            given = _arguments(spec, arguments)
            data = self._run(spec.name, given)
        except ToolRefused as exc:
            return ToolResult(name, json.dumps({"error": str(exc)}), ok=False)
        return ToolResult(name, json.dumps(data, ensure_ascii=False), ok=True)

    def _run(self, name: str, given: Mapping[str, Any]) -> dict[str, Any]:
        if name == "run_tests":
            return verdict_summary(self._run_tests())
        if name == "read_learner_code":
            return {"files": {n: t[:CODE_CHARS] for n, t in self.context.learner_files.items()}}
        if name == "search_lessons":
            return self._search(str(given["query"]))
        if name == "get_hint":
            return self._hint(int(given["level"]))
        return {"attempts": self._history()}

    def _run_tests(self) -> Verdict:
        if self._verdict is None:
            files = {n: text.encode() for n, text in self.context.learner_files.items()}
            try:
                self._verdict = grade_exercise(self.service.grader, self.exercise, files)
            except (GraderError, ServiceError) as exc:
                raise ToolRefused("The tests could not be run just now; try later.") from exc
        return self._verdict

    def _search(self, query: str) -> dict[str, Any]:
        search = lesson_search(self.service.course)
        citable = {section.anchor for section in self.context.lessons}
        hits = search.index.search(query, SEARCH_HITS)
        return {
            "sections": [
                {
                    "anchor": hit.anchor,
                    "title": hit.title,
                    "text": search.texts.get(hit.anchor, "")[:SECTION_CHARS],
                    "citable": hit.anchor in citable,
                }
                for hit in hits
            ]
        }

    def _hint(self, level: int) -> dict[str, Any]:
        if not Level.EXPLAIN <= level <= self.allowed:
            raise ToolRefused(
                f"Level {level} is not allowed now: ask for a level from 0 to "
                f"{int(self.allowed)}, the level the platform chose for this turn."
            )
        turn = ladder_turn(self.context, Level(level), self.intent)
        return {
            "level": int(turn.level),
            "message": turn.message,
            "question": turn.question,
            "cites": list(turn.cites),
        }

    def _history(self) -> list[dict[str, Any]]:
        attempts = self.service.store.attempts(self.exercise.id, limit=HISTORY_ATTEMPTS)
        found = []
        for attempt in attempts:
            first = None
            if attempt.verdict is not None:
                failure = Verdict.from_json(attempt.verdict).first_failure()
                first = failure.name if failure else None
            found.append(
                {
                    "when": attempt.created_at.isoformat(timespec="seconds"),
                    "status": attempt.status,
                    "first_failing_test": first,
                }
            )
        return found


def verdict_summary(verdict: Verdict) -> dict[str, Any]:
    """The verdict as the learner's own page shows it, without any test's source line."""
    summary: dict[str, Any] = {
        "status": verdict.status,
        "summary": verdict.summary,
        "tests": [
            {"name": t.name, "title": t.title, "status": t.status}
            for t in verdict.tests[:MAX_TESTS]
        ],
    }
    first = verdict.first_failure()
    if first is not None:
        summary["first_failure"] = {
            "name": first.name,
            "message": first.message,
            "expected": first.expected,
            "actual": first.actual,
        }
    if verdict.problem is not None:
        problem = verdict.problem
        summary["problem"] = {
            "file": problem.file,
            "line": problem.line,
            "message": problem.message,
        }
    return summary


def _arguments(spec: ToolSpec, arguments: str) -> dict[str, Any]:
    """The call's arguments checked against the tool's own schema."""
    try:
        given = json.loads(arguments) if arguments.strip() else {}
    except json.JSONDecodeError as exc:
        raise ToolRefused(
            f"The arguments of {spec.name} are not valid JSON ({exc.msg}); send one object."
        ) from exc
    if not isinstance(given, dict):
        raise ToolRefused(f"The arguments of {spec.name} must be one JSON object.")
    extra = sorted(set(given) - set(spec.properties))
    if extra:
        raise ToolRefused(f"{spec.name} takes no argument {extra[0]!r}.")
    for name in spec.required:
        if name not in given:
            raise ToolRefused(f"{spec.name} needs the argument {name!r}.")
    for name, value in given.items():
        kind = str(spec.properties[name].get("type", ""))
        if not _TYPES.get(kind, lambda _: True)(value):
            raise ToolRefused(f"The argument {name!r} of {spec.name} must be a {kind}.")
    return given
