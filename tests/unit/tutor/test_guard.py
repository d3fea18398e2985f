"""The guard: every leak of the corpus caught, no acceptable reply flagged, each rule proven.

The corpus (`leak_corpus.py`) follows tutor.md B.2: for a palindrome check, a running mean
and a one-line reference, replies that leak the solution (verbatim, renamed, reformatted,
unfenced in prose, a key line inline, another algorithm) and replies a good tutor sends
(the learner's own code quoted back, generic syntax, an analogous example, Socratic prose).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

import pytest

from pyascent.tutor.context import (
    LadderState,
    Level,
    MistakeMatch,
    ParsonsPuzzle,
    TutorContext,
    TutorSettings,
    TutorTurn,
)
from pyascent.tutor.engine import ladder_turn
from pyascent.tutor.guard import (
    LEAK_AST_THRESHOLD,
    LEAK_TOKEN_THRESHOLD,
    MAX_WORDS,
    MIN_WORDS,
    GuardReport,
    check_text_for_leaks,
    check_turn,
)
from pyascent.tutor.route import Intent
from pyascent.tutor.violations import LEAK_RULES, RULES

from .leak_b2 import PALINDROME, RUNNING_MEAN
from .leak_corpus import Exercise, Reply, at
from .leak_short import REVERSE_WORDS

EXERCISES = (PALINDROME, RUNNING_MEAN, REVERSE_WORDS)

LEAKS = [(exercise, reply) for exercise in EXERCISES for reply in exercise.leaks]
ACCEPTABLE = [(exercise, reply) for exercise in EXERCISES for reply in exercise.acceptable]
BELOW_SCAFFOLD = (Level.EXPLAIN, Level.LOCATE, Level.CONCEPT, Level.STRATEGY)
QUESTION = "What do you think happens next?"


def ids(pairs: list[tuple[Exercise, Reply]]) -> list[str]:
    return [f"{exercise.context.exercise_id}: {reply.name}" for exercise, reply in pairs]


def llm_turn(message: str, level: Level = Level.EXPLAIN, **fields: Any) -> TutorTurn:
    return replace(TutorTurn(level=level, message=message, source="llm"), **fields)


def guard(
    turn: TutorTurn, context: TutorContext = PALINDROME.context, allowed: Level = Level.STRATEGY
) -> GuardReport:
    return check_turn(turn, context, allowed, runner_for(context))


def runner_for(context: TutorContext) -> Callable[[str], bool]:
    exercise = next(e for e in EXERCISES if e.context.exercise_id == context.exercise_id)
    return exercise.passes_hidden_tests()


def rules_of(report: GuardReport) -> set[str]:
    assert set(report.rules) <= set(RULES)
    return set(report.rules)


def with_settings(context: TutorContext, **settings: Any) -> TutorContext:
    return replace(context, settings=replace(TutorSettings(), **settings))


# ------------------------------------------------------------------ the leak corpus


@pytest.mark.parametrize(("exercise", "reply"), LEAKS, ids=ids(LEAKS))
def test_every_leak_is_caught_by_a_leak_rule(exercise: Exercise, reply: Reply) -> None:
    raw = check_text_for_leaks(reply.text, exercise.context, exercise.passes_hidden_tests())
    assert not raw.ok
    assert rules_of(raw) <= LEAK_RULES
    # Delivered as a model's turn at any level below the puzzle, even where examples are
    # allowed, the same leak rule fires (not only the level's code policy).
    for level in BELOW_SCAFFOLD:
        context = with_settings(exercise.context, code_examples=True)
        turn = llm_turn(reply.text, level, question=QUESTION)
        report = check_turn(turn, context, Level.STRATEGY, exercise.passes_hidden_tests())
        assert rules_of(report) & LEAK_RULES, (level, report.violations)


@pytest.mark.parametrize(("exercise", "reply"), ACCEPTABLE, ids=ids(ACCEPTABLE))
def test_no_acceptable_reply_is_flagged(exercise: Exercise, reply: Reply) -> None:
    raw = check_text_for_leaks(reply.text, exercise.context, exercise.passes_hidden_tests())
    assert raw.ok, raw.violations
    turn = llm_turn(reply.text, reply.level)
    report = check_turn(turn, at(exercise, reply), reply.level, exercise.passes_hidden_tests())
    assert report.ok, report.violations


def test_similarity_misses_another_algorithm_and_execution_catches_it() -> None:
    two_pointers = next(r for r in PALINDROME.leaks if r.name.startswith("other algorithm"))
    context = PALINDROME.context
    assert check_text_for_leaks(two_pointers.text, context).ok  # no exec: it slips through
    caught = check_text_for_leaks(two_pointers.text, context, PALINDROME.passes_hidden_tests())
    assert caught.rules == ("leak-exec",)
    assert caught.exec_checks == 1


def test_execution_is_not_asked_about_code_without_a_definition() -> None:
    asked: list[str] = []

    def passes(snippet: str) -> bool:
        asked.append(snippet)
        return True

    report = check_text_for_leaks(
        "Look at `means.append(total / count)` there.", RUNNING_MEAN.context, passes
    )
    assert asked == []
    assert "leak-exec" not in report.rules
    # The learner's own function quoted back is no leak either, and is never run.
    own = check_text_for_leaks(
        f"```\n{RUNNING_MEAN.context.learner_files['stats.py']}```", RUNNING_MEAN.context, passes
    )
    assert (own.ok, asked) == (True, [])


def test_the_scores_are_reported_against_the_thresholds() -> None:
    verbatim = PALINDROME.leaks[0]
    report = check_text_for_leaks(verbatim.text, PALINDROME.context)
    assert report.leak.tokens >= LEAK_TOKEN_THRESHOLD
    assert report.leak.ast >= LEAK_AST_THRESHOLD
    prose = check_text_for_leaks(PALINDROME.acceptable[-1].text, PALINDROME.context)
    assert (prose.leak.tokens, prose.leak.ast) == (0.0, 0.0)


def test_a_one_line_reference_leaked_as_a_fragment_is_stopped_by_the_level_policy() -> None:
    # C.9: `s.split()[::-1]` shares too little with a one-line reference to score as a
    # leak, so below STRATEGY the code policy is what keeps it out.
    fragment = "Reverse the list you get from `sentence.split()[::-1]` and join it. Does that help?"
    context = replace(REVERSE_WORDS.context, references=REVERSE_WORDS.context.references[:1])
    assert check_text_for_leaks(fragment, context).ok
    report = guard(llm_turn(fragment, Level.CONCEPT), context)
    assert report.rules == ("code-policy",)


# ------------------------------------------------------------------ the ladder's own turns


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.context.exercise_id for e in EXERCISES])
def test_the_ladders_own_turns_pass_at_every_level_and_intent(exercise: Exercise) -> None:
    for hints_used in range(len(exercise.context.hints)):
        context = replace(
            exercise.context,
            ladder=LadderState(level=Level.STRATEGY, attempt_at_level=1, hints_used=hints_used),
            mistake=MistakeMatch("case", "Capital letters are compared as different letters."),
        )
        for level in (*BELOW_SCAFFOLD, Level.SCAFFOLD):
            for intent in Intent:
                turn = ladder_turn(context, level, intent)
                report = check_turn(turn, context, level, exercise.passes_hidden_tests())
                assert report.ok, (level, intent, turn, report.violations)


# ------------------------------------------------------------------ one rule at a time


def test_schema() -> None:
    assert (
        "schema" in guard(llm_turn("Where does your loop stop, and why there?", source="bot")).rules
    )
    bad_cites = cast(tuple[str, ...], ["test_mixed_case"])
    assert guard(
        llm_turn("Which test fails, and what does it expect here?", cites=bad_cites)
    ).rules == ("schema",)
    bad_level = cast(Level, 2)
    assert guard(
        llm_turn("Which test fails, and what does it expect here?", level=bad_level)
    ).rules == ("schema",)
    assert guard(llm_turn("Which test fails, and what does it expect here?")).ok


def test_level() -> None:
    message = 'Which letters of "Racecar" differ from its reverse, and why?'
    assert guard(llm_turn(message, Level.CONCEPT), allowed=Level.CONCEPT).ok
    assert guard(llm_turn(message, Level.STRATEGY), allowed=Level.CONCEPT).rules == ("level",)
    capped = with_settings(PALINDROME.context, max_level=Level.LOCATE)
    assert guard(llm_turn(message, Level.CONCEPT), capped, allowed=Level.CONCEPT).rules == (
        "level",
    )
    revealed = with_settings(PALINDROME.context, max_level=Level.REVEAL)
    reveal = TutorTurn(
        level=Level.REVEAL,
        message="Here is the reference solution.",
        code=PALINDROME.context.references[0]["palindrome.py"],
    )
    assert guard(reveal, revealed, allowed=Level.REVEAL).ok
    assert "level" in guard(replace(reveal, source="llm"), revealed, allowed=Level.REVEAL).rules


def test_code_policy_below_strategy_allows_only_code_the_learner_has_seen() -> None:
    seen = [
        "Your line `return text == text[::-1]` reverses the whole text.",  # their own code
        'The test calls `is_palindrome("Racecar")` and expects `True`.',  # the verdict
        "Remember that `return` hands back a value.",  # a word of Python
    ]
    for message in seen:
        assert guard(llm_turn(message + " " + QUESTION, Level.LOCATE)).ok, message
    new = llm_turn("Compare `text.lower()` with its reverse. " + QUESTION, Level.LOCATE)
    assert guard(new).rules == ("code-policy",)
    in_code_field = llm_turn(
        QUESTION + " Look at this line.", Level.EXPLAIN, code="x = text.strip()"
    )
    assert guard(in_code_field).rules == ("code-policy",)


def test_an_error_message_in_backticks_is_not_code() -> None:
    message = "Python says `unexpected EOF while parsing` at the end. " + QUESTION
    assert guard(llm_turn(message, Level.EXPLAIN)).ok


def test_code_policy_at_strategy() -> None:
    example = 'Strings have methods: `"Hi".upper()` gives `"HI"`. ' + QUESTION
    assert guard(llm_turn(example, Level.STRATEGY)).rules == ("code-policy",)  # examples off
    allowed = with_settings(PALINDROME.context, code_examples=True)
    assert guard(llm_turn(example, Level.STRATEGY), allowed).ok
    long = (
        "```\nwords = []\nfor w in 'a b'.split():\n    words.append(w)\nprint(words)\n```\n"
        + QUESTION
    )
    assert guard(llm_turn(long, Level.STRATEGY), allowed).rules == ("code-policy",)
    # One line of the reference with its names changed: not enough to score as a leak, but
    # an example must be on other data.
    mean = with_settings(RUNNING_MEAN.context, code_examples=True)
    header = "Start the loop with `for i, x in enumerate(numbers, start=1):` and go on. " + QUESTION
    report = guard(llm_turn(header, Level.STRATEGY), mean)
    assert report.rules == ("code-policy",)
    assert report.leak.tokens < LEAK_TOKEN_THRESHOLD and report.leak.ast < LEAK_AST_THRESHOLD


def test_authored_hints_count_as_seen_once_given() -> None:
    skeleton = PALINDROME.context.hints[2]
    message = f"Hint 3 of 3: {skeleton} " + QUESTION
    given = replace(PALINDROME.context, ladder=LadderState(Level.STRATEGY, 2, hints_used=2))
    assert check_turn(TutorTurn(Level.STRATEGY, message), given, Level.STRATEGY).ok
    early = replace(PALINDROME.context, ladder=LadderState(Level.STRATEGY, 2, hints_used=0))
    assert check_turn(TutorTurn(Level.STRATEGY, message), early, Level.STRATEGY).rules == (
        "code-policy",
    )


def test_puzzles_and_code_at_scaffold_come_only_from_the_ladder() -> None:
    puzzle = ParsonsPuzzle(
        lines=("return letters == letters[::-1]", "def is_palindrome(text):"), distractors=0
    )
    message = "Put these lines in order. Which one comes first?"
    ladder = TutorTurn(Level.SCAFFOLD, message, puzzle=puzzle)
    assert guard(ladder, allowed=Level.SCAFFOLD).ok
    assert guard(replace(ladder, source="llm"), allowed=Level.SCAFFOLD).rules == ("code-policy",)
    assert "code-policy" in guard(replace(ladder, level=Level.STRATEGY)).rules
    code = llm_turn("Arrange: `letters = [c for c in text]`.", Level.SCAFFOLD)
    assert guard(code, allowed=Level.SCAFFOLD).rules == ("code-policy",)


def test_hidden_test_lines_are_never_quoted() -> None:
    hidden = 'Another test does assert is_palindrome("A man, a plan, a canal: Panama!") is True. '
    assert guard(llm_turn(hidden + QUESTION, Level.LOCATE)).rules == ("test-source",)
    fenced = '```\nassert is_palindrome("A man, a plan, a canal: Panama!") is True\n```\n'
    # as code it is also new code at LOCATE
    assert guard(llm_turn(fenced + QUESTION, Level.LOCATE)).rules == ("code-policy", "test-source")
    requoted = "It runs assert is_palindrome('python')   is False, see? " + QUESTION
    assert guard(llm_turn(requoted, Level.LOCATE)).rules == ("test-source",)
    visible = [
        'The failing test runs `assert is_palindrome("Racecar") is True`.',  # test_code
        "Its title says: Capital letters do not matter.",  # a docstring the verdict shows
        "The tests start with from palindrome import is_palindrome, like any import.",
        "One test is called def test_punctuation(): in the file.",
    ]
    for message in visible:
        assert guard(llm_turn(message + " " + QUESTION, Level.LOCATE)).ok, message


def test_avoid_list_words_in_prose_and_nodes_in_code() -> None:
    avoid = with_settings(
        PALINDROME.context, avoid=("lambda", "ListComp", "list comprehension"), code_examples=True
    )
    word = llm_turn("A Lambda could filter the letters. " + QUESTION, Level.CONCEPT)
    assert guard(word, avoid).rules == ("avoid",)
    assert guard(
        llm_turn("Lambdas are for later; think about the letters. " + QUESTION, Level.CONCEPT),
        avoid,
    ).ok
    node = llm_turn(
        "Like `evens = [n for n in range(9) if n % 2 == 0]` on numbers. " + QUESTION, Level.STRATEGY
    )
    report = guard(node, avoid)
    assert report.rules == ("avoid", "avoid")  # ListComp by name, and "list comprehension"
    # The learner's own code may use anything: quoting it back is no new concept.
    own = replace(
        PALINDROME.context,
        learner_files={
            "palindrome.py": "def is_palindrome(text):\n    return [c for c in text] == list(reversed(text))\n"
        },
        settings=avoid.settings,
    )
    quoted = llm_turn("Your `[c for c in text]` keeps every character. " + QUESTION, Level.LOCATE)
    assert guard(quoted, own).ok


def test_length_bounds() -> None:
    assert guard(llm_turn("Why?")).rules == ("length",)
    assert guard(llm_turn(" ".join(["word"] * (MIN_WORDS - 1)) + "?")).rules == ("length",)
    assert guard(llm_turn(" ".join(["word"] * (MIN_WORDS - 1)), question="why?")).ok
    assert guard(llm_turn(" ".join(["word"] * MAX_WORDS))).ok
    assert guard(llm_turn(" ".join(["word"] * (MAX_WORDS + 1)))).rules == ("length",)
    puzzle = ParsonsPuzzle(lines=("a", "b"), distractors=0)
    assert guard(
        TutorTurn(Level.SCAFFOLD, "Order these.", puzzle=puzzle), allowed=Level.SCAFFOLD
    ).ok
    assert guard(TutorTurn(Level.SCAFFOLD, "  ", puzzle=puzzle), allowed=Level.SCAFFOLD).rules == (
        "length",
    )


def test_citations_resolve_to_a_lesson_section_or_the_failing_test() -> None:
    message = "Look at the failing test and the lesson on string methods. " + QUESTION
    good = llm_turn(message, Level.CONCEPT, cites=("strings#string-methods", "test_mixed_case"))
    assert guard(good).ok
    for cite in ("strings#no-such-section", "test_simple", ""):
        report = guard(llm_turn(message, Level.CONCEPT, cites=(cite,)))
        assert report.rules == ("citation",), cite


# ------------------------------------------------------------------ speed


def test_the_guard_takes_a_few_milliseconds_per_reply() -> None:
    replies = [
        (exercise, reply)
        for exercise in EXERCISES
        for reply in (*exercise.leaks, *exercise.acceptable)
    ]
    for exercise, reply in replies:  # warm the fingerprint caches, as a running server has
        check_turn(llm_turn(reply.text, reply.level), at(exercise, reply), reply.level)
    started = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for exercise, reply in replies:
            check_turn(llm_turn(reply.text, reply.level), at(exercise, reply), reply.level)
    per_reply_ms = (time.perf_counter() - started) * 1000 / (rounds * len(replies))
    # Measured at about 1 ms per reply on a busy 2-core machine; the bound leaves room.
    assert per_reply_ms < 25
