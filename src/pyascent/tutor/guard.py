"""The deterministic guard every tutor turn passes before a learner sees it.

Whoever wrote the turn, the ladder or a model, the same rules hold (tutor.md C.4 step 4):
the level is one the learner may have; the code shown is what the level allows; the reply
gives away less of the reference (minus what the learner wrote) than the thresholds; no
function in it passes the hidden tests; it quotes no hidden-test line; it uses no concept
on the avoid list; its length is in bounds; every citation resolves. A turn that fails is
not repaired here: the caller replaces it with the ladder's own turn of that level.

Everything is decided without I/O except the execution check, which the caller runs in
the sandbox and hands in as `passes_hidden_tests`. The thresholds start from the values
measured in tutor.md B.2 and are meant to be recalibrated on the scenario set.
"""

from __future__ import annotations

import ast
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pyascent.tutor.codepolicy import (
    avoided_concepts,
    code_policy_problems,
    learner_code,
    new_code,
    reference_sources,
)
from pyascent.tutor.context import Level, TutorContext, TutorTurn
from pyascent.tutor.fingerprints import NO_LEAK, LeakScore, leak_score
from pyascent.tutor.fragments import parse_pieces
from pyascent.tutor.replycode import find_code, turn_code
from pyascent.tutor.testsource import quoted_test_lines
from pyascent.tutor.violations import (
    RULE_AVOID,
    RULE_CITATION,
    RULE_CODE_POLICY,
    RULE_LEAK_AST,
    RULE_LEAK_EXEC,
    RULE_LEAK_TOKENS,
    RULE_LENGTH,
    RULE_LEVEL,
    RULE_SCHEMA,
    RULE_TEST_SOURCE,
    Violation,
)

LEAK_TOKEN_THRESHOLD = 0.5  # B.2: no false alarm at 0.5 with 5-gram shingles
LEAK_AST_THRESHOLD = 0.34  # B.2: every leak caught, no false alarm
# The ladder's own turns are short and to the point ("Walk me through what your function
# does with "Racecar". What does it return?" is 13 words), so the floor is 8, not the 40
# of tutor.md C.4; 160 is Howzat's ceiling for a hint a beginner reads to the end.
MIN_WORDS = 8
MAX_WORDS = 160
SOURCES = ("ladder", "llm")

PassesHiddenTests = Callable[[str], bool]


@dataclass(frozen=True)
class GuardReport:
    """The guard's verdict on one turn (or one raw text).

    Attributes:
        ok: no rule was broken; the turn may be delivered.
        violations: every rule broken, in the order checked.
        leak: the similarity scores of the reply's new code against the best reference.
        exec_checks: how many snippets were run against the hidden tests.
        elapsed_ms: the guard's own time, execution checks included.
    """

    ok: bool
    violations: tuple[Violation, ...]
    leak: LeakScore
    exec_checks: int
    elapsed_ms: float

    @property
    def rules(self) -> tuple[str, ...]:
        """The ids of the broken rules, for logs and the one retry's prompt."""
        return tuple(violation.rule for violation in self.violations)


def _schema(turn: TutorTurn) -> list[Violation]:
    problems = []
    if not isinstance(turn.level, Level):
        problems.append(f"level {turn.level!r} is not a level of the ladder")
    if not isinstance(turn.message, str) or not isinstance(turn.question, str):
        problems.append("message and question must be text")
    if not isinstance(turn.cites, tuple) or not all(isinstance(c, str) for c in turn.cites):
        problems.append("cites must be a list of text")
    if turn.code is not None and not isinstance(turn.code, str):
        problems.append("code must be text or null")
    if turn.source not in SOURCES:
        problems.append(f"source {turn.source!r} is neither 'ladder' nor 'llm'")
    return [Violation(RULE_SCHEMA, f"The turn is malformed: {p}.") for p in problems]


def _level(turn: TutorTurn, context: TutorContext, allowed: Level) -> list[Violation]:
    violations = []
    if turn.level > allowed:
        violations.append(
            Violation(RULE_LEVEL, f"Level {turn.level.name} is above the allowed {allowed.name}.")
        )
    cap = context.settings.max_level
    if turn.level > cap:
        violations.append(
            Violation(
                RULE_LEVEL, f"Level {turn.level.name} is above this exercise's cap {cap.name}."
            )
        )
    if turn.level == Level.REVEAL and turn.source != "ladder":
        violations.append(
            Violation(RULE_LEVEL, "Only the solution policy reveals the solution, never a model.")
        )
    return violations


def _defines_something(snippet: str) -> bool:
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        for tree in parse_pieces(snippet)
        for node in ast.walk(tree)
    )


def _leaks(
    fresh: Sequence[str],
    reply_text: str,
    context: TutorContext,
    passes_hidden_tests: PassesHiddenTests | None,
) -> tuple[LeakScore, list[Violation], int]:
    """The leak rules: similarity, execution, quoted test lines."""
    violations = []
    score = (
        leak_score(fresh, reference_sources(context), learner_code(context)) if fresh else NO_LEAK
    )
    if score.tokens >= LEAK_TOKEN_THRESHOLD:
        violations.append(
            Violation(
                RULE_LEAK_TOKENS,
                f"The reply's code repeats {score.tokens:.0%} of the reference's token runs"
                f" that the learner has not written (limit {LEAK_TOKEN_THRESHOLD:.0%}).",
            )
        )
    if score.ast >= LEAK_AST_THRESHOLD:
        violations.append(
            Violation(
                RULE_LEAK_AST,
                f"The reply's code has the shape of {score.ast:.0%} of the reference's"
                f" statements that the learner has not written (limit {LEAK_AST_THRESHOLD:.0%}).",
            )
        )
    checks = 0
    if passes_hidden_tests is not None:
        for snippet in (snippet for snippet in fresh if _defines_something(snippet)):
            checks += 1
            if passes_hidden_tests(snippet):
                first = snippet.strip().splitlines()[0]
                violations.append(
                    Violation(
                        RULE_LEAK_EXEC,
                        f"Code in the reply passes the hidden tests: `{first}` is a solution.",
                    )
                )
                break
    for line in quoted_test_lines(reply_text, context)[:1]:
        violations.append(
            Violation(RULE_TEST_SOURCE, f"The reply quotes a hidden test line: `{line}`.")
        )
    return score, violations, checks


def _prose_without_seen_code(turn: TutorTurn, snippets: Sequence[str], fresh: Sequence[str]) -> str:
    prose = turn.message + "\n" + turn.question
    for snippet in snippets:
        if snippet not in fresh:
            prose = prose.replace(snippet, " ")
    return prose


def _length(turn: TutorTurn) -> list[Violation]:
    words = len((turn.message + " " + turn.question).split())
    if not turn.message.strip():
        return [Violation(RULE_LENGTH, "The turn has no message.")]
    if turn.level < Level.SCAFFOLD and not MIN_WORDS <= words <= MAX_WORDS:
        return [
            Violation(
                RULE_LENGTH,
                f"The turn has {words} words; a hint has {MIN_WORDS} to {MAX_WORDS}.",
            )
        ]
    return []


def _citations(turn: TutorTurn, context: TutorContext) -> list[Violation]:
    known = {section.anchor for section in context.lessons}
    if context.failing is not None:
        known.add(context.failing.name)
    return [
        Violation(
            RULE_CITATION,
            f"The citation {cite!r} is neither a lesson section of this exercise"
            " nor the failing test.",
        )
        for cite in turn.cites
        if cite not in known
    ]


def check_turn(
    turn: TutorTurn,
    context: TutorContext,
    allowed: Level,
    passes_hidden_tests: PassesHiddenTests | None = None,
) -> GuardReport:
    """Every rule of tutor.md C.4 step 4 that can be decided here, on one turn.

    Args:
        turn: the candidate turn, from the ladder or a model.
        context: what the turn was written from (references and hidden tests included).
        allowed: the level the ladder granted for this turn.
        passes_hidden_tests: runs a snippet that defines a function or class against the
            hidden tests in the sandbox; True means the snippet is a solution. None skips
            the execution check.
    """
    started = time.perf_counter()
    violations = _schema(turn)
    if violations:
        return _report(violations, NO_LEAK, 0, started)
    violations.extend(_level(turn, context, allowed))
    snippets = turn_code(turn)
    fresh = new_code(snippets, context, turn.level)
    violations.extend(
        Violation(RULE_CODE_POLICY, problem)
        for problem in code_policy_problems(turn, context, fresh)
    )
    score, checks = NO_LEAK, 0
    reply_text = "\n".join((turn.message, turn.question, turn.code or ""))
    # The ladder's puzzle and revealed solution are the reference by design: the level
    # and the solution policy decide them, not the similarity detectors.
    if turn.source != "ladder" or turn.level < Level.SCAFFOLD:
        score, leak_violations, checks = _leaks(fresh, reply_text, context, passes_hidden_tests)
        violations.extend(leak_violations)
    avoided = avoided_concepts(
        _prose_without_seen_code(turn, snippets, fresh), fresh, context.settings.avoid
    )
    violations.extend(
        Violation(RULE_AVOID, f"The turn uses {term!r}, which this exercise has not taught yet.")
        for term in avoided
    )
    violations.extend(_length(turn))
    violations.extend(_citations(turn, context))
    return _report(violations, score, checks, started)


def check_text_for_leaks(
    text: str,
    context: TutorContext,
    passes_hidden_tests: PassesHiddenTests | None = None,
) -> GuardReport:
    """Only the leak rules, on raw text: a model's reply before any guard (the raw leak rate).

    Code the learner has seen at the lowest level (their own, the instructions, the
    verdict) is not a leak; everything else found in the text is compared.
    """
    started = time.perf_counter()
    fresh = new_code(find_code(text), context, Level.EXPLAIN)
    score, violations, checks = _leaks(fresh, text, context, passes_hidden_tests)
    return _report(violations, score, checks, started)


def _report(
    violations: Sequence[Violation], score: LeakScore, checks: int, started: float
) -> GuardReport:
    return GuardReport(
        ok=not violations,
        violations=tuple(violations),
        leak=score,
        exec_checks=checks,
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )
