"""What a learner's message asks for, by rules: the router in front of the hint ladder.

The ladder decides the level and the engine writes the turn, but both need to know what
kind of message came in: a plea for the answer is met with the ladder (never a refusal
wall), a request for the hidden tests is met with what the verdict already shows, text
that tries to steer the tutor is treated as data, a concept question gets a lesson
section, and anything else is redirected to the exercise. Rules, not a model, so the same
message always routes the same way and a test can pin every phrasing down.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from enum import StrEnum


class Intent(StrEnum):
    """The kind of help a message asks for; the order below is the order of the checks."""

    INJECTION = "injection"  # tries to change the tutor's rules or role
    TESTS_REQUEST = "tests-request"  # wants the hidden tests' source
    ANSWER_REQUEST = "answer-request"  # wants the solution written out
    CONCEPT = "concept"  # a question about an idea of programming
    STUCK = "stuck"  # wants help with the exercise, nothing more specific
    OFF_TOPIC = "off-topic"  # nothing about code or the course


def _rules(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in patterns)


# Checked first: a message that tries to steer the tutor is data whatever else it asks.
_INJECTION = _rules(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(previous|prior|above|earlier|your|all|the)\b"
    r".{0,20}\b(instructions?|rules?|prompts?|guidelines?|directions?)\b",
    r"\byou are now\b",
    r"\bfrom now on,? you\b",
    r"\bsystem prompt\b",
    r"\b(developer|jailbreak|god|dan) mode\b",
    r"\b(pretend|imagine|act as if) (that )?(you are|you're|to be)\b",
    r"\b(act|behave|respond) as (a|an|my)\b",
    r"\brole-?play\b",
    r"\bnew instructions?\b",
    r"\breveal your (instructions|prompt|rules)\b",
)

_TESTS = _rules(
    r"\b(print|show|give|send|paste|list|display|reveal|dump|copy)\b( me| us)?"
    r"( the| all| all the| your| those| these| every)?( hidden| secret| private| real| actual)?"
    r" (tests?|test (code|file|source|cases?))\b",
    r"\b(let me|can i|could i|may i) (see|read|look at) (the|all the|your) (hidden )?tests?\b",
    r"\b(hidden|secret|private) tests?\b",
    r"\btests?'? (file|source)\b",
)

_ANSWER = _rules(
    r"\b(give|show|tell|send|paste|type) (me|us)\b.{0,25}"
    r"\b(code|answer|solution|program|function|fix|whole thing|full thing)\b",
    r"\b(write|code|type) (me )?(the|your|a|a complete|the whole|the full|the correct|the right"
    r"|the working) (code|answer|solution|program|function)\b",
    r"\b(write|do|fix|solve|finish|complete|code) (it|this|that|the exercise|my code|my homework"
    r"|the (\w+ )?function) for me\b",
    r"\b(solve|finish|complete) (it|this|the exercise)\b",
    r"\bwhat('s| is) the (solution|answer|correct code|right code|fix)\b",
    r"\b(corrected|fixed) (line|version|code)\b|\bcorrect (line|version|code) (be|is)\b",
    r"\b(teacher|instructor|professor|tutor) (said|says|told|allows|lets)\b",
    r"\b(as|in) pseudo-?code\b|\b(now|then|and) (as|in) (real )?python\b",
    r"\b(emergency|urgent|deadline)\b",
    r"\bjust (the )?(code|answer|solution)\b",
)

# "How do I ...?" is the learner doing the work: an answer request only if it asks us to.
_OWN_QUESTION = re.compile(r"\bhow (do|can|should|would|could) i\b")
_ASKS_US = re.compile(r"\b(for me|you write|you do|you solve|you fix)\b")

_STUCK = _rules(
    r"^\W*(help|hint|hi|hello|hey|please|\?+)(\W+(me|please|now|pls))*\W*$",
    r"\b(stuck|lost|confused|no idea|don'?t know|do not know|don'?t understand)\b",
    r"\b(fails?|failing|failed|broken|crash(es|ed)?|doesn'?t work|does not work|not working)\b",
    r"\bwhat('s| is) wrong\b|\bhow (do|can|should) i fix\b",
    r"\bnext (hint|step)\b|\b(a|another|one more) hint\b",
)

# Weaker signs of being stuck, after a concept question had its chance: "what is an error?"
_STUCK_WEAK = _rules(r"\b(wrong|error|bug|exception|traceback)\b")

_QUESTION = re.compile(
    r"^\W*(what|why|how|when|which|where|can|could|should|is|are|does|do|explain|difference)\b"
    r"|\?\s*$|\bwhat (is|are|does)\b|\bexplain\b|\bdifference between\b|\bmeaning of\b"
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make a message about code or the course; the exercise adds its own names.
_CODE_WORDS = _word_set(
    """
    python code coding program function functions def return returns returned print printed
    loop loops elif variable variables list lists tuple tuples dict dictionary dictionaries
    string strings str int integer integers float floats number numbers bool boolean none
    class classes object objects method methods attribute attributes argument arguments
    parameter parameters index indexes indices key keys value values type types error errors
    exception exceptions raise raises except import module modules test tests assert syntax
    indent indentation recursion recursive slice slices range append iterate iteration
    comprehension comprehensions lambda generator generators yield exercise lesson hint hints
    debug bug bugs expression operator mutable immutable mutate mutation sorted len f-string
    """
)

_WORD = re.compile(r"[a-z_][a-z0-9_\-]*")
_IDENTIFIER = re.compile(
    r"\b[a-z]+_[a-z_]+\b|\b\w+(error|exception|warning)\b|\w+\(|\w+\.\w+\(|==|!=|\+=|\[\d*:?\d*\]"
)


def _matches(rules: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(rule.search(text) for rule in rules)


def is_about_code(message: str, vocabulary: Collection[str] = ()) -> bool:
    """Whether a message mentions code, the course or one of the exercise's own names."""
    text = message.lower()
    if _IDENTIFIER.search(text):
        return True
    known = _CODE_WORDS | {word.lower() for word in vocabulary}
    found = [word.strip("-") for word in _WORD.findall(text)]
    return any(word in known or word.removesuffix("s") in known for word in found)


def classify(message: str, vocabulary: Collection[str] = ()) -> Intent:
    """Route one learner message.

    Args:
        message: the learner's text, untrusted.
        vocabulary: words of this exercise (its title, function names) that count as on topic.
    """
    text = " ".join(message.lower().split())
    if not text:
        return Intent.STUCK
    if _matches(_INJECTION, text):
        return Intent.INJECTION
    if _matches(_TESTS, text):
        return Intent.TESTS_REQUEST
    own_question = _OWN_QUESTION.search(text) and not _ASKS_US.search(text)
    if not own_question and _matches(_ANSWER, text):
        return Intent.ANSWER_REQUEST
    if _matches(_STUCK, text):
        return Intent.STUCK
    about_code = is_about_code(text, vocabulary)
    if about_code and _QUESTION.search(text):
        return Intent.CONCEPT
    if about_code or _matches(_STUCK_WEAK, text):
        return Intent.STUCK
    return Intent.OFF_TOPIC
