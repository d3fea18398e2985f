"""The offline tutor: one deterministic turn for a context, a level and what was asked.

This is the floor under every tutor reply. It needs no network and no model, gives the
same turn for the same evidence, and grounds each turn in what this learner can check for
themselves: the failing test by its title, expected against actual, their own line where
Python stopped, the spot where their code parts from a working one, the matched
misconception as a question, a lesson section to read. Below the puzzle no turn carries
code other than the learner's own lines and the test's call they already saw, and each
ends with a question, because a learner who answers one is thinking, not copying. A model
may re-voice these turns; when its reply fails the guard, this one is delivered instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pyascent.tutor import evidence
from pyascent.tutor.context import Level, ParsonsPuzzle, TutorContext, TutorTurn
from pyascent.tutor.diffhint import locate_difference, wrong_lines
from pyascent.tutor.parsons import MAX_DISTRACTORS, puzzle
from pyascent.tutor.route import Intent
from pyascent.tutor.socratic import PROMPTS, question_for

MAX_WORDS = 160
MIN_WORDS = 8


@dataclass(frozen=True)
class _Draft:
    """A turn before the intent's opening and the length limit are applied."""

    level: Level
    sentences: tuple[str, ...]
    question: str
    cites: tuple[str, ...] = ()
    puzzle: ParsonsPuzzle | None = None


def ladder_turn(context: TutorContext, level: Level, intent: Intent) -> TutorTurn:
    """The ladder's own turn at `level` (REVEAL is never the ladder's: a puzzle instead)."""
    if context.status == "passed":
        draft = _well_done(context)
        if intent == Intent.ANSWER_REQUEST:
            intent = Intent.STUCK  # they have the answer: their own
    else:
        draft = _BUILDERS[min(level, Level.SCAFFOLD)](context)
        if level == Level.REVEAL:
            note = "The solution page shows the solution when this course's rules allow it."
            draft = _with(draft, sentences=(note, *draft.sentences))
    return _finish(context, _open(context, draft, intent))


def _with(draft: _Draft, **changes: object) -> _Draft:
    fields = {
        "level": draft.level,
        "sentences": draft.sentences,
        "question": draft.question,
        "cites": draft.cites,
        "puzzle": draft.puzzle,
    }
    fields.update(changes)
    return _Draft(**fields)  # type: ignore[arg-type]


def _test_cites(context: TutorContext) -> tuple[str, ...]:
    return (context.failing.name,) if context.failing is not None else ()


def _syntax_sentences(context: TutorContext) -> tuple[str, ...]:
    problem = context.problem
    assert problem is not None
    where = f"line {problem.line} of {problem.file}" if problem.line else problem.file
    sentences = [
        f"Python could not read {where}, so none of your code ran.",
        f"Its message is: {evidence.clip(problem.message)}.",
    ]
    if problem.text and problem.text.strip():
        sentences.append(f"The line is {evidence.quoted(problem.text.strip())}.")
    return tuple(sentences)


def _where_python_stopped(context: TutorContext) -> str:
    line = evidence.learner_line(context)
    if line is None or not line.code.strip():
        return ""
    return (
        f"Python stopped at line {line.line} of {line.file}, {evidence.quoted(line.code.strip())}"
    )


def _difference(context: TutorContext) -> str:
    reference = evidence.nearest_reference(context)
    if reference is None:
        return ""
    point = locate_difference(evidence.learner_source(context), reference)
    return f"The difference from a working solution is in {point.where}." if point else ""


def _withheld_lines(context: TutorContext) -> tuple[str, ...]:
    """The references' code lines the learner has not written: never to be quoted."""
    mine = {line.strip() for line in evidence.learner_source(context).splitlines()}
    withheld: list[str] = []
    for reference in context.references:
        for raw in reference.get(context.main_file, "").splitlines():
            line = raw.strip()
            revealing = len(line) >= 6 and not line.rstrip(":").isalpha()  # not a bare `else:`
            if revealing and line not in mine and not line.startswith("#"):
                withheld.append(line)
    return tuple(dict.fromkeys(withheld))


def _explain(context: TutorContext) -> _Draft:
    if context.problem is not None:
        return _Draft(
            Level.EXPLAIN,
            _syntax_sentences(context),
            "What did you mean that line to say, and what does Python need to see there?",
        )
    failing = context.failing
    if failing is None:
        return _Draft(
            Level.EXPLAIN,
            ("Run the tests first, so we can see what your code does.",),
            "Before you do: what should your code give back for a small example of your own?",
        )
    sentences = [f"Let's start from the test {evidence.label_of(failing)}."]
    stopped = _where_python_stopped(context)
    if stopped:
        sentences.append(stopped + ".")
    call = evidence.failing_call(failing)
    if call:
        question = (
            f"Walk me through what your code does when the test calls {call}: "
            "what value does each line produce?"
        )
    else:
        question = (
            f"Walk me through what your code does with {evidence.failing_input(failing)}: "
            "what value does each line produce?"
        )
    return _Draft(Level.EXPLAIN, tuple(sentences), question, _test_cites(context))


def _locate(context: TutorContext) -> _Draft:
    if context.problem is not None:
        return _Draft(
            Level.LOCATE,
            (*_syntax_sentences(context), "The mistake is often at the end of the line before."),
            "Which part of that line, or the one before it, does Python not expect?",
        )
    failing = context.failing
    if failing is None:
        return _with(_explain(context), level=Level.LOCATE)
    sentences = [
        f"The test {evidence.label_of(failing)} fails.",
        evidence.expected_vs_actual(failing),
    ]
    stopped = _where_python_stopped(context)
    if stopped:
        sentences.append(stopped + ".")
        question = "What values do the names on that line have when it runs?"
    else:
        difference = _difference(context)
        if difference:
            sentences.append(difference)
        question = "Which line of your code first makes a value the test did not expect?"
    return _Draft(Level.LOCATE, tuple(sentences), question, _test_cites(context))


def _concept(context: TutorContext) -> _Draft:
    kind, sentence, question = question_for(context, _withheld_lines(context))
    failing = context.failing
    clues = [PROMPTS[kind].keywords]
    if context.mistake is not None:
        clues.append(context.mistake.description)
    if failing is not None:
        clues += [failing.title or "", failing.message or "", failing.error_type or ""]
    if context.problem is not None:
        clues.append(context.problem.message)
    sentences = [sentence]
    if failing is not None:
        sentences.append(f"It shows in the test {evidence.label_of(failing)}.")
    cites = _test_cites(context)
    lesson = evidence.best_lesson(context.lessons, " ".join(clues))
    if lesson is not None:
        sentences.append(
            f'The section "{lesson.heading}" of the lesson "{lesson.lesson_title}" explains '
            "this idea."
        )
        cites = (lesson.anchor, *cites)
    return _Draft(Level.CONCEPT, tuple(sentences), question, cites)


def _strategy(context: TutorContext) -> _Draft:
    hints = context.hints
    used = context.ladder.hints_used
    if used < len(hints):
        hint = evidence.clip_words(hints[used].strip(), 60)
        sentences = [f"Hint {used + 1} of {len(hints)}: {hint}"]
    elif hints:
        sentences = [f"You have seen all {len(hints)} hints for this exercise."]
    else:
        sentences = ["This exercise has no written hints, so here is where to look."]
    if context.problem is not None:
        sentences += _syntax_sentences(context)[:1]
        return _Draft(Level.STRATEGY, tuple(sentences), "What does Python need on that line?")
    difference = _difference(context)
    if difference:
        sentences.append(difference)
        question = "What would you change there, and why?"
    else:
        question = "Which part of your code does this point to, and what would you try there?"
    return _Draft(Level.STRATEGY, tuple(sentences), question, _test_cites(context))


def _scaffold(context: TutorContext) -> _Draft:
    reference = evidence.nearest_reference(context)
    if reference is None:
        return _with(_strategy(context), level=Level.SCAFFOLD)
    distractors = context.wrong_lines or wrong_lines(evidence.learner_source(context), reference)
    given = puzzle(reference, distractors[:MAX_DISTRACTORS], seed=context.exercise_id)
    if given.distractors == 1:
        extra = "One line does not belong: it comes from your own code."
    elif given.distractors:
        extra = f"{given.distractors} lines do not belong: they come from your own code."
    else:
        extra = "Every line belongs."
    sentences = (
        f"Here is a puzzle: the lines of a working {context.main_file}, shuffled.",
        extra,
        "Put the right lines in order and indent them, then type them into your file and "
        "run the tests.",
    )
    return _Draft(
        Level.SCAFFOLD,
        sentences,
        "Which line has to come first, and why?",
        _test_cites(context),
        given,
    )


def _well_done(context: TutorContext) -> _Draft:
    example = evidence.failing_call(context.failing) or "an input of your own"
    return _Draft(
        Level.EXPLAIN,
        ("Well done: your code passes every test.",),
        f"Can you explain in your own words why it works, for example with {example}?",
    )


_BUILDERS: dict[Level, Callable[[TutorContext], _Draft]] = {
    Level.EXPLAIN: _explain,
    Level.LOCATE: _locate,
    Level.CONCEPT: _concept,
    Level.STRATEGY: _strategy,
    Level.SCAFFOLD: _scaffold,
}


def _open(context: TutorContext, draft: _Draft, intent: Intent) -> _Draft:
    """Meet what the learner asked before the level's own turn."""
    failing = context.failing
    if intent == Intent.ANSWER_REQUEST:
        first, *rest = draft.sentences
        return _with(draft, sentences=(f"Let's get you there: {_lower_first(first)}", *rest))
    if intent == Intent.TESTS_REQUEST:
        if failing is None:
            opening = (
                "The hidden tests stay hidden. Run your code against them to see which one fails."
            )
        else:
            checks = f"The hidden tests stay hidden, but the failing one checks {evidence.label_of(failing)}"
            if failing.expected is not None:
                checks += f" and expects {evidence.clip(failing.expected)}"
            opening = checks + "."
        return _with(draft, sentences=(opening, *draft.sentences))
    if intent == Intent.OFF_TOPIC:
        opening = f"I can only help with this exercise, {evidence.clip(context.title)}."
        return _with(draft, sentences=(opening, *draft.sentences))
    if intent == Intent.INJECTION:
        opening = "I will keep helping with this exercise, step by step."
        return _with(draft, sentences=(opening, *draft.sentences))
    if intent == Intent.CONCEPT and context.message.strip():
        lesson = evidence.best_lesson(context.lessons, context.message)
        if lesson is None:
            return draft
        opening = (
            f'Good question. The section "{lesson.heading}" of the lesson '
            f'"{lesson.lesson_title}" covers it.'
        )
        cites = (lesson.anchor, *[c for c in draft.cites if c != lesson.anchor])
        return _with(draft, sentences=(opening, *draft.sentences), cites=cites)
    return draft


_LOWER_AFTER_COLON = frozenset({"The", "This", "Here", "It", "You", "Your", "Let's", "Run"})


def _lower_first(sentence: str) -> str:
    """ "The test ..." reads on after a colon as "the test ..."; "Python ..." keeps its capital."""
    first, _, rest = sentence.partition(" ")
    return f"{first.lower()} {rest}" if first in _LOWER_AFTER_COLON else sentence


def _finish(context: TutorContext, draft: _Draft) -> TutorTurn:
    """Keep the turn within the word limit; the question always survives."""
    question = draft.question.strip()
    budget = MAX_WORDS - len(question.split())
    message = evidence.clip_words(" ".join(s.strip() for s in draft.sentences if s.strip()), budget)
    if len((message + " " + question).split()) < MIN_WORDS:
        message = f"{message} Let's look at {evidence.clip(context.title)} together.".strip()
    return TutorTurn(
        level=draft.level,
        message=message,
        question=question,
        cites=tuple(dict.fromkeys(draft.cites)),
        puzzle=draft.puzzle,
        source="ladder",
    )
