"""The misconception behind a failure, asked back as a question rather than told.

Telling a learner "you returned None" fixes one program; asking "what does your function
give back when it reaches its last line?" makes them look, and looking is what transfers
to the next program. Each common class of mistake (an off-by-one, printing instead of
returning, changing an argument, the wrong type, an exception Python raised, a loop that
never ends) has a plain-English name and a question, and the class is read from the
author's mistake match first, then from the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from pyascent.tutor.context import TutorContext


class MistakeKind(StrEnum):
    OFF_BY_ONE = "off-by-one"
    NONE_RETURNED = "none-returned"
    PRINT_NOT_RETURN = "print-instead-of-return"
    MUTATION = "mutates-argument"
    WRONG_TYPE = "wrong-type"
    NAME_ERROR = "NameError"
    TYPE_ERROR = "TypeError"
    INDEX_ERROR = "IndexError"
    KEY_ERROR = "KeyError"
    ATTRIBUTE_ERROR = "AttributeError"
    VALUE_ERROR = "ValueError"
    ZERO_DIVISION = "ZeroDivisionError"
    RECURSION = "RecursionError"
    TIMEOUT = "timeout"
    SYNTAX = "syntax"
    WRONG_VALUE = "wrong-value"


@dataclass(frozen=True)
class Prompt:
    """What a mistake of this kind is, in words, and the question that makes one look."""

    idea: str  # "counting one too many or one too few"
    question: str
    keywords: str  # words that find the right lesson section


PROMPTS: dict[MistakeKind, Prompt] = {
    MistakeKind.OFF_BY_ONE: Prompt(
        "going one step too far or stopping one step too early",
        "Which is the first value your loop uses, and which is the last? Does that match "
        "what the test needs?",
        "range index loop first last start stop end boundary off one",
    ),
    MistakeKind.NONE_RETURNED: Prompt(
        "a function that gives back None because no return runs",
        "What does your function give back when it reaches its last line?",
        "return value returns none function result",
    ),
    MistakeKind.PRINT_NOT_RETURN: Prompt(
        "printing a result instead of returning it",
        "What is the difference between showing a value on the screen and giving it back "
        "to the code that called your function?",
        "print return value output function result",
    ),
    MistakeKind.MUTATION: Prompt(
        "changing the list or dictionary the caller passed in",
        "After your function runs, is the caller's original data still the same as before?",
        "mutable mutate copy list change argument alias object",
    ),
    MistakeKind.WRONG_TYPE: Prompt(
        "giving back the right value as the wrong type",
        "What type does the test expect, and what type does your code give back?",
        "type int str float list convert conversion",
    ),
    MistakeKind.NAME_ERROR: Prompt(
        "using a name before it exists, or spelling it differently",
        "Where in your code is that name first given a value? Is it spelled the same everywhere?",
        "name variable defined scope assignment spelling",
    ),
    MistakeKind.TYPE_ERROR: Prompt(
        "combining two values whose types do not fit together",
        "What are the types of the values on that line, just before it runs?",
        "type int str combine convert operation argument",
    ),
    MistakeKind.INDEX_ERROR: Prompt(
        "reaching for a position the list does not have",
        "How long is the list on that line, and which positions does your code ask for?",
        "index position list length range last",
    ),
    MistakeKind.KEY_ERROR: Prompt(
        "looking up a key the dictionary does not have",
        "Which keys are in the dictionary when that line runs? What should happen for a "
        "key that is missing?",
        "dictionary key lookup missing get default",
    ),
    MistakeKind.ATTRIBUTE_ERROR: Prompt(
        "asking a value for something its type does not have",
        "What type is the value before the dot on that line? What can that type do?",
        "attribute method object type dot",
    ),
    MistakeKind.VALUE_ERROR: Prompt(
        "passing a value of the right type but the wrong content",
        "Which value reaches that line, and what kind of value does that step accept?",
        "value convert int parse input valid",
    ),
    MistakeKind.ZERO_DIVISION: Prompt(
        "dividing by a number that can be zero",
        "Can the number you divide by be zero for this input? What should happen then?",
        "divide division zero empty average",
    ),
    MistakeKind.RECURSION: Prompt(
        "a function that calls itself without ever stopping",
        "Which input makes your function stop calling itself? Does every call get closer to it?",
        "recursion base case recursive call stop",
    ),
    MistakeKind.TIMEOUT: Prompt(
        "a loop that never ends",
        "What changes each time round your loop? Which change makes the loop stop?",
        "loop while condition stop infinite break",
    ),
    MistakeKind.SYNTAX: Prompt(
        "code Python cannot read, so nothing runs",
        "Look at that line and the one before it: is every bracket closed, every colon in "
        "place and every line indented the same way?",
        "syntax colon indentation bracket parenthesis",
    ),
    MistakeKind.WRONG_VALUE: Prompt(
        "a result that is close but not what the test expects",
        "Take the test's input and work through your code by hand, line by line. Where "
        "does your value first differ from what the test wants?",
        "value result return expected",
    ),
}

# Read from the author's mistake description (and name) before looking at the verdict.
_DESCRIPTION_RULES: tuple[tuple[MistakeKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            MistakeKind.OFF_BY_ONE,
            r"off[- ]by[- ]one|one too (many|few)|\brange\b"
            r"|(last|first) (one|number|item|element|value)|boundary|<=|fencepost|before the end"
            r"|stops? (one|too) (early|soon|late)|one (number|item|step|element) (too|short|before)",
        ),
        (MistakeKind.PRINT_NOT_RETURN, r"\bprint"),
        (MistakeKind.NONE_RETURNED, r"\bnone\b|forgets? (to )?return|no return|missing return"),
        (
            MistakeKind.MUTATION,
            r"mutat|in[- ]place|modif(y|ies)|changes? the (caller|input|original|argument|list)|copy",
        ),
        (
            MistakeKind.WRONG_TYPE,
            r"\btype\b|string instead|instead of an? (int|number|list|string)|\bstr\b|\bint\b",
        ),
        (MistakeKind.TIMEOUT, r"infinite|never (ends|stops)|forever|timeout|time out"),
        (MistakeKind.RECURSION, r"recurs|base case"),
    )
)

_CODE_SPAN = re.compile(r"`([^`]+)`")

_ERROR_KINDS = {kind.value: kind for kind in MistakeKind if kind.value.endswith("Error")}


def mistake_kind(context: TutorContext) -> MistakeKind:
    """The class of the learner's mistake: the author's match, else the verdict's signs."""
    if context.problem is not None:
        return MistakeKind.SYNTAX
    if context.mistake is not None:
        text = f"{context.mistake.name} {context.mistake.description}".lower()
        for kind, rule in _DESCRIPTION_RULES:
            if rule.search(text):
                return kind
    failing = context.failing
    if failing is None:
        return MistakeKind.WRONG_VALUE
    if failing.status == "timeout":
        return MistakeKind.TIMEOUT
    if failing.error_type in _ERROR_KINDS:
        return _ERROR_KINDS[failing.error_type]
    if failing.actual is not None and failing.actual.strip() == "None":
        source = context.learner_files.get(context.main_file, "")
        if "print(" in source and "return " not in source:
            return MistakeKind.PRINT_NOT_RETURN
        return MistakeKind.NONE_RETURNED
    if (
        failing.expected is not None
        and failing.actual is not None
        and _looks_like_type_change(failing.expected, failing.actual)
    ):
        return MistakeKind.WRONG_TYPE
    return MistakeKind.WRONG_VALUE


def _looks_like_type_change(expected: str, actual: str) -> bool:
    """'3' for 3, [1] for (1,): the same content in another type."""
    strip = "'\"[]()"
    return expected != actual and expected.strip(strip) == actual.strip(strip)


def question_for(
    context: TutorContext, withheld: Collection[str] = ()
) -> tuple[MistakeKind, str, str]:
    """The mistake's class, a sentence naming it, and the question to ask.

    Args:
        withheld: code the learner must not be told (the reference's own lines); an
            author's description that quotes it ("forgets `return cls`") names the fix,
            so the class's plain-English idea is used instead.
    """
    kind = mistake_kind(context)
    prompt = PROMPTS[kind]
    description = context.mistake.description.strip().rstrip(".") if context.mistake else ""
    if description and not _quotes_any(description, withheld):
        sentence = f"This looks like a common mistake: {description}."
    else:
        sentence = f"This often comes from {prompt.idea}."
    return kind, sentence, prompt.question


def _quotes_any(text: str, withheld: Collection[str]) -> bool:
    if any(code in text for code in withheld):
        return True
    spans = [span.strip() for span in _CODE_SPAN.findall(text) if len(span.strip()) >= 3]
    return any(span in code for span in spans for code in withheld)
