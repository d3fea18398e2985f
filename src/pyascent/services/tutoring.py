"""The tutor's use case: one turn of help on one exercise, offline first.

Code decides, the model phrases (tutor.md C.1). The ladder picks the level from the stored
state; the engine writes that level's turn from the learner's own evidence; when an
OpenAI-compatible endpoint is configured (and the exercise allows it) a model may re-voice
that turn. Whoever wrote it, every turn passes the same deterministic guard before it is
delivered, including an execution check in the sandbox: a reply whose code passes the hidden
tests is a leak. A model turn that fails is retried once with the broken rule named, then
replaced by the ladder's own turn. Every turn is logged locally.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pyascent.course import Exercise
from pyascent.grader import GraderError
from pyascent.services.errors import ServiceError
from pyascent.services.grading import grade_exercise
from pyascent.services.llm_http import LLMClient, LLMEndpoint, LLMUnavailable
from pyascent.services.settings import Settings
from pyascent.services.tutor_agent import agent_for
from pyascent.services.tutor_context import (
    build_context,
    course_sections,
    course_vocabulary,
    tutor_settings,
)
from pyascent.services.tutor_llm import ModelPhraser, ModelTurn
from pyascent.services.tutor_tools import lesson_search
from pyascent.store import TutorLogStore, TutorTurnRecord
from pyascent.tutor import solution_allowed
from pyascent.tutor.context import Level, TutorContext, TutorTurn
from pyascent.tutor.engine import ladder_turn
from pyascent.tutor.guard import check_turn
from pyascent.tutor.ladder import next_level
from pyascent.tutor.route import Intent, classify

if TYPE_CHECKING:
    from pyascent.services.learner import LearnerService

MAX_MESSAGE_CHARS = 2000
RETRIEVED = 3  # lesson sections found for a free-form question
DEFAULT_TURNS_PER_HOUR = 60
LEVEL_WORDS = {
    Level.EXPLAIN: "explain your code",
    Level.LOCATE: "find the spot",
    Level.CONCEPT: "the idea behind it",
    Level.STRATEGY: "a hint",
    Level.SCAFFOLD: "a puzzle",
    Level.REVEAL: "the solution",
}


class TutorBusy(ServiceError):
    """The hourly allowance of tutor turns is used up; `retry_after` in seconds."""

    def __init__(self, retry_after: int, allowed: int) -> None:
        super().__init__(
            f"You asked the tutor {allowed} times in the last hour, its limit here. Try "
            f"again in {retry_after // 60 + 1} minutes, or work on the hint you have."
        )
        self.retry_after = retry_after


@dataclass(frozen=True)
class Citation:
    anchor: str
    title: str
    url: str  # "" for a test


@dataclass(frozen=True)
class TutorReply:
    """One delivered turn, as the page and the terminal show it."""

    level: int
    level_words: str
    message: str
    question: str
    cites: tuple[Citation, ...]
    code: str | None  # only at the solution level
    puzzle: tuple[str, ...]  # the lines of a Parsons puzzle, shuffled
    source: str  # ladder | llm
    note: str  # why the level is not the one asked for, or that the code changed
    sent_to: str | None  # the endpoint's host when a model was asked; None: nothing left
    rejected: tuple[str, ...]  # rules the model's turns broke (why the ladder answered)
    asked: str = ""
    when: datetime | None = None
    raw_leaks: int = 0  # model replies the leak detectors flagged before the guard
    model_calls: int = 0


class Tutoring:
    """The tutor over one learner's service; `endpoint` from the settings when None."""

    def __init__(
        self, service: LearnerService, client: LLMClient | None = None, owns_client: bool = True
    ) -> None:
        self.service = service
        self.client = client if client is not None else client_from(service.settings)
        self.owns_client = owns_client  # False: shared (the evaluation's), closed by its owner
        self.log = TutorLogStore(service.store)
        self.phraser = ModelPhraser(self.client) if self.client is not None else None

    def close(self) -> None:
        if self.client is not None and self.owns_client:
            self.client.close()

    @property
    def endpoint_host(self) -> str | None:
        """Where learner code would be sent, for the page to say so; None when offline."""
        return host_of(self.client.endpoint.base_url) if self.client else None

    def transcript(self, key: str | None) -> list[TutorReply]:
        exercise = self.service.resolve(key)
        return [reply_of(record, self) for record in self.log.turns(exercise.id)]

    def ask(
        self,
        key: str | None,
        message: str = "",
        files: dict[str, str] | None = None,
        more: bool = False,
    ) -> TutorReply:
        """One turn. `files` is the learner's code as it is now (the editor's, the
        workspace's); `more` asks for the next level of help."""
        started = time.perf_counter()
        exercise = self.service.resolve(key)
        settings = tutor_settings(self.service.course, exercise)
        if not settings.enabled:
            raise ServiceError(f"The tutor is switched off for '{exercise.id}' in this course.")
        if len(message) > MAX_MESSAGE_CHARS:
            raise ServiceError(
                f"Your message has {len(message)} characters; the tutor reads at most "
                f"{MAX_MESSAGE_CHARS}. Ask about one thing at a time."
            )
        self._check_budget(exercise)
        context, note = self._context(exercise, message, files)
        words = {exercise.id, *exercise.title.lower().split()} | course_vocabulary(
            self.service.course
        )
        intent = classify(message, words)
        if intent is Intent.CONCEPT and message:
            context = self._with_retrieved(context, message)
        requested = _next(context) if more else None
        if requested is Level.REVEAL:
            turn, note = self._reveal(exercise, context, note)
            return self._deliver(exercise, context, intent, turn, note, None, started)
        step = next_level(context, requested, intent)
        note = " ".join(part for part in (note, step.reason if step.refused else "") if part)
        own = ladder_turn(context, step.level, intent)
        passes = self.passes_hidden_tests(exercise, context)
        if not check_turn(own, context, step.level, passes).ok:
            own = ladder_turn(context, Level.EXPLAIN, Intent.STUCK)  # the plainest turn
        model: ModelTurn | None = None
        if self.phraser is not None and settings.llm != "off" and step.level < Level.SCAFFOLD:
            agent = agent_for(self)  # None unless tutor_agent is on and the endpoint calls tools
            if agent is not None:
                model = agent.turn(exercise, context, step.level, intent, own, passes)
            else:
                model = self.phraser.phrase(context, step.level, own, passes)
        turn = model.turn if model and model.turn else own
        return self._deliver(exercise, context, intent, turn, note, model, started)

    # -- steps ---------------------------------------------------------------------------

    def _check_budget(self, exercise: Exercise) -> None:
        allowed = self.service.course.tutor.turns_per_hour or DEFAULT_TURNS_PER_HOUR
        if exercise.tutor.turns_per_hour is not None:
            allowed = exercise.tutor.turns_per_hour
        now = self.service.clock()
        if self.log.count_since(now - timedelta(hours=1)) >= allowed:
            raise TutorBusy(3600 // max(1, allowed), allowed)

    def _context(
        self, exercise: Exercise, message: str, files: dict[str, str] | None
    ) -> tuple[TutorContext, str]:
        store = self.service.store
        graded = [a for a in store.attempts(exercise.id, limit=500) if a.verdict is not None]
        last = graded[0] if graded else None
        current = files or (last.files if last else None) or self.service.subject_files(exercise)
        note = ""
        if last is not None and files and _code_of(files) != _code_of(last.files):
            note = "Your code changed since your last check: this is about that check."
        if last is None:
            note = "You have not checked this exercise yet: press Check to see what fails."
        context = build_context(
            self.service.course,
            exercise,
            current,
            last,
            store.progress_of(exercise.id),
            len(graded),
            self.log.turns(exercise.id),
            message,
        )
        return context, note

    def _with_retrieved(self, context: TutorContext, question: str) -> TutorContext:
        """A free-form question may be about any lesson: the best sections of the whole
        course for it (SQLite FTS5, BM25) come first among those the turn may cite."""
        sections = course_sections(self.service.course)
        hits = lesson_search(self.service.course).index.search(question, RETRIEVED)
        found = [sections[hit.anchor] for hit in hits if hit.anchor in sections]
        rest = [s for s in context.lessons if s.anchor not in {f.anchor for f in found}]
        return replace(context, lessons=(*found, *rest))

    def _reveal(
        self, exercise: Exercise, context: TutorContext, note: str
    ) -> tuple[TutorTurn, str]:
        """The last rung: the reference, only when the solution policy allows it."""
        progress = self.service.store.progress_of(exercise.id)
        allowed, reason = solution_allowed(
            self.service.policy,
            passed=progress.status == "done",
            hints_shown=progress.hints_shown,
            hints_total=len(exercise.hints),
            failed_attempts=progress.failed_attempts,
        )
        if not allowed:
            turn = ladder_turn(context, context.ladder.level or Level.EXPLAIN, Intent.STUCK)
            return turn, " ".join(p for p in (note, reason) if p)
        view = self.service.solution(exercise.id)  # marks the exercise as assisted
        code = view.files.get(exercise.files[0], "")
        turn = TutorTurn(
            level=Level.REVEAL,
            message=(
                f"{reason} Read it line by line and compare it with yours; the exercise "
                "comes back for practice later, so you can solve it again on your own."
            ),
            question="Which line of the reference does what yours did not?",
            code=code,
        )
        return turn, note

    def passes_hidden_tests(self, exercise: Exercise, context: TutorContext) -> Any:
        """The guard's execution check: a snippet replaces the main file, in the sandbox."""

        seen: dict[str, bool] = {}  # the raw check and the guard ask about the same code

        def passes(snippet: str) -> bool:
            if snippet in seen:
                return seen[snippet]
            files = {name: text.encode() for name, text in context.learner_files.items()}
            files[context.main_file] = snippet.encode()
            try:
                seen[snippet] = grade_exercise(self.service.grader, exercise, files).passed
            except (GraderError, ServiceError):  # busy or failed: assume the worst, withhold
                seen[snippet] = True
            return seen[snippet]

        return passes

    def _deliver(
        self,
        exercise: Exercise,
        context: TutorContext,
        intent: Intent,
        turn: TutorTurn,
        note: str,
        model: ModelTurn | None,
        started: float,
    ) -> TutorReply:
        if turn.level is Level.STRATEGY and context.ladder.hints_used < len(exercise.hints):
            self.service.store.reveal_hint(exercise.id, len(exercise.hints))
        record = self.log.record(
            exercise.id,
            now=self.service.clock(),
            attempts=context.attempts,
            level=int(turn.level),
            source=turn.source,
            intent=intent.value,
            asked=context.message,
            turn=_turn_data(turn, note),
            guard=model.rejected if model else [],
            latency_ms=round((time.perf_counter() - started) * 1000),
            endpoint=self.endpoint_host if model else None,
        )
        reply = reply_of(record, self)
        if model is None:
            return reply
        return replace(reply, raw_leaks=model.raw_leaks, model_calls=model.calls)


def client_from(settings: Settings) -> LLMClient | None:
    """The configured endpoint's client, or None: then nothing ever leaves the machine."""
    if not settings.tutor_endpoint:
        return None
    endpoint = LLMEndpoint(
        settings.tutor_endpoint,
        settings.tutor_model,
        settings.tutor_api_key or "",
        settings.tutor_timeout_seconds,
    )
    return LLMClient(endpoint)


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else url


def reply_of(record: TutorTurnRecord, tutoring: Tutoring) -> TutorReply:
    data = record.turn
    level = Level(record.level)
    known = course_sections(tutoring.service.course)
    cites = []
    for cite in data.get("cites", ()):
        section = known.get(cite)
        if section is not None:
            cites.append(Citation(cite, f"{section.lesson_title}: {section.heading}", section.url))
        else:
            cites.append(Citation(cite, f"the test {cite}", ""))
    return TutorReply(
        level=int(level),
        level_words=LEVEL_WORDS[level],
        message=str(data.get("message", "")),
        question=str(data.get("question", "")),
        cites=tuple(cites),
        code=data.get("code") if level is Level.REVEAL else None,
        puzzle=tuple(data.get("puzzle", ())),
        source=record.source,
        note=str(data.get("note", "")),
        sent_to=record.endpoint,
        rejected=tuple(str(r.get("rule", "")) for r in record.guard),
        asked=record.asked,
        when=record.created_at,
    )


def _next(context: TutorContext) -> Level:
    """One level up; at the hints' level, the next authored hint first, while one is left."""
    current = context.ladder.level
    if current is None:
        return Level.EXPLAIN
    if current is Level.STRATEGY and context.ladder.hints_used < len(context.hints):
        return Level.STRATEGY
    return Level(min(Level.REVEAL, current + 1))


def _code_of(files: dict[str, str]) -> dict[str, str]:
    return {name: text.strip() for name, text in files.items()}


def _turn_data(turn: TutorTurn, note: str) -> dict[str, Any]:
    return {
        "message": turn.message,
        "question": turn.question,
        "cites": list(turn.cites),
        "code": turn.code,
        "puzzle": list(turn.puzzle.lines) if turn.puzzle else [],
        "note": note,
    }


__all__ = ["Citation", "LLMUnavailable", "TutorBusy", "TutorReply", "Tutoring", "client_from"]
