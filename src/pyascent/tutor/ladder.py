"""Which rung of the hint ladder a learner may have now, and why not a higher one.

Help that comes too fast is help that replaces thinking: a learner who can jump straight to
a puzzle of the solution, or ask again and again without trying, learns to ask rather than
to program ("bottom-out" help). So the ladder climbs one rung at a time, each rung past
LOCATE needs a new attempt since the last rung, the instructor's highest level is a hard
cap, a puzzle waits for several honest failures, and the solution itself is never the
ladder's to give: the solution page decides under the solution policy. A refused request
still gets help, at the highest rung allowed, with one plain sentence saying why.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyascent.tutor.context import LadderState, Level, TutorContext
from pyascent.tutor.route import Intent

LEVEL_NAMES = {
    Level.EXPLAIN: "explain your code",
    Level.LOCATE: "find the spot",
    Level.CONCEPT: "the idea behind it",
    Level.STRATEGY: "a hint",
    Level.SCAFFOLD: "a puzzle",
    Level.REVEAL: "the solution",
}

# Climbing by itself (no level asked for) stops here: a puzzle is given only when asked.
_HIGHEST_UNASKED = Level.STRATEGY

# Intents that may never push the learner up the ladder, whatever level they name.
_NO_CLIMB = frozenset({Intent.ANSWER_REQUEST, Intent.INJECTION})


@dataclass(frozen=True)
class LadderStep:
    """The level to give now; `reason` tells the learner why it is not the one they asked."""

    level: Level
    reason: str = ""
    refused: bool = False  # the level asked for (or climbed to) was not allowed


def next_level(
    context: TutorContext, requested: Level | None, intent: Intent | None = None
) -> LadderStep:
    """The level of the next turn.

    Args:
        context: the learner's state on this exercise (attempts, ladder, settings, verdict).
        requested: a level the learner asked for, or None to let the ladder choose.
        intent: the routed message; an answer request or an injection never climbs.
    """
    if context.status == "passed":
        return LadderStep(
            Level.EXPLAIN, "Well done: your code passes. Now the tutor only helps you explain it."
        )
    if intent in _NO_CLIMB:
        requested = None
    current = context.ladder.level
    target = requested if requested is not None else _unasked_target(context)
    first_refusal = ""
    for level in range(target, Level.EXPLAIN - 1, -1):
        refusal = _refusal(context, Level(level), explicit=requested is not None)
        if not refusal:
            chosen = Level(level)
            if intent in _NO_CLIMB and current is not None and chosen > current:
                chosen = current  # never climbs by itself, even after a new attempt
            return LadderStep(chosen, first_refusal, refused=bool(first_refusal))
        first_refusal = first_refusal or refusal
    return LadderStep(Level.EXPLAIN, first_refusal, refused=True)  # pragma: no cover


def _unasked_target(context: TutorContext) -> Level:
    """One rung up after a new attempt (L0 and L1 always), else the same rung again."""
    current = context.ladder.level
    if current is None:
        return Level.EXPLAIN
    if current < Level.LOCATE or _has_new_attempt(context):
        return Level(min(current + 1, max(current, _HIGHEST_UNASKED)))
    return current


def _has_new_attempt(context: TutorContext) -> bool:
    return context.attempts > context.ladder.attempt_at_level


def _refusal(context: TutorContext, level: Level, *, explicit: bool) -> str:
    """Why `level` may not be given now, or "" when it may."""
    settings = context.settings
    if level == Level.REVEAL:
        return (
            "The tutor never shows the solution. The solution page decides when you may see "
            "it, under this course's rules."
        )
    if level > settings.max_level:
        top = settings.max_level
        return f'For this exercise, the hints stop at level {int(top)} ("{LEVEL_NAMES[top]}").'
    if level <= Level.LOCATE:
        return ""
    current = context.ladder.level
    if current is not None and level <= current:
        return ""
    below = Level.EXPLAIN - 1 if current is None else current
    if level > below + 1:
        return "The tutor climbs one level at a time, so you can try each hint first."
    if level == Level.SCAFFOLD and context.failed_attempts < settings.attempts_for_scaffold:
        missing = settings.attempts_for_scaffold - context.failed_attempts
        times = "time" if missing == 1 else "times"
        return (
            f"A puzzle comes after {settings.attempts_for_scaffold} tries that did not pass. "
            f"Try {missing} more {times} first."
        )
    if not _has_new_attempt(context) and not (level == Level.CONCEPT and explicit):
        return "Run your code against the tests once more first: a new hint comes after a new try."
    return ""


def advance(
    state: LadderState, level: Level, attempts: int, *, hints_total: int | None = None
) -> LadderState:
    """The stored ladder after a turn at `level`, when the learner had made `attempts`.

    The stored level is the highest reached, so going back down for an easier hint and up
    again is not a climb. A STRATEGY turn uses up one authored hint (up to `hints_total`).
    """
    hints_used = state.hints_used
    if level == Level.STRATEGY:
        hints_used += 1
        if hints_total is not None:
            hints_used = min(hints_used, hints_total)
    if state.level is None or level > state.level:
        return LadderState(level=level, attempt_at_level=attempts, hints_used=hints_used)
    return LadderState(
        level=state.level, attempt_at_level=state.attempt_at_level, hints_used=hints_used
    )
