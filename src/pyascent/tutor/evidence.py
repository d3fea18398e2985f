"""The learner's own evidence, picked out of a tutor context: the input, the line, the lesson.

A hint helps when it talks about this learner's code and this failing test, not about
programming in general. These small readers turn the verdict the learner already saw
into the pieces a turn quotes: the call the failing test made, the learner's own line
where Python stopped, expected and actual in plain words, the reference nearest to what
the learner wrote, and the lesson section that shares most words with the problem.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re
from collections.abc import Iterable

from pyascent.tutor.context import CodeLine, FailingTest, LessonSection, TutorContext

_NOT_THE_LEARNERS = frozenset(dir(builtins)) | {"approx", "raises", "pytest", "main", "capsys"}
_CALL = re.compile(r"\b([A-Za-z_]\w*)\(([^()]{0,80})\)")
_WORD = re.compile(r"[a-z][a-z0-9]+")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS = _word_set(
    """
    the a an and or but of to in on at for with by from as is are was were be been being it
    its this that these those your you yours my me we our they their them he she his her not
    no yes if then else so do does did doing have has had having can could should would will
    what which who whom whose when where why how all any each every some such than too very
    just only own same other into out over under again once here there more most also get got
    test tests check checks
    """
)
MAX_QUOTE = 70  # characters of a value or a line quoted in a turn


def clip(text: str, limit: int = MAX_QUOTE) -> str:
    """One line of `text`, cut to `limit` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3].rstrip() + "..."


def quoted(code: str) -> str:
    """A piece of the learner's own code (or the test's call they saw), marked as code."""
    return f"`{clip(code).replace('`', '')}`"


def clip_words(text: str, limit: int) -> str:
    """`text` cut to `limit` words."""
    words = text.split()
    return text.strip() if len(words) <= limit else " ".join(words[:limit]) + "..."


def words(text: str) -> set[str]:
    """The content words of `text`, lower case, without the common ones."""
    found = set(_WORD.findall(text.lower().replace("_", " ")))
    return {_singular(word) for word in found if word not in _STOP_WORDS}


def _singular(word: str) -> str:
    """A crude stem, enough for "values" to meet "value" and "returning" or "returned"
    to meet "return" ("prints" meets "print")."""
    for ending in ("ing", "ed"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def best_lesson(lessons: Iterable[LessonSection], text: str) -> LessonSection | None:
    """The lesson section sharing most words with `text` (the first on a tie), if any does."""
    wanted = words(text)
    best: LessonSection | None = None
    best_score = 0
    for section in lessons:
        score = len(wanted & words(f"{section.heading} {section.heading} {section.text}"))
        if score > best_score:
            best, best_score = section, score
    return best


def failing_call(failing: FailingTest | None) -> str | None:
    """The call of the learner's code the failing test made, as the verdict showed it."""
    if failing is None:
        return None
    if failing.test_code:
        call = _call_in_code(failing.test_code)
        if call:
            return quoted(call)
    for text in (failing.message, failing.title):
        if text:
            for match in _CALL.finditer(text):
                if match.group(1) not in _NOT_THE_LEARNERS:
                    return quoted(match.group(0))
    return None


def _call_in_code(code: str) -> str | None:
    line = code.strip()
    if line.startswith("assert "):
        line = line[len("assert ") :]
    source = line.rstrip(":")
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            if name not in _NOT_THE_LEARNERS:
                return ast.get_source_segment(source, node) or ast.unparse(node)
    return None


def failing_input(failing: FailingTest | None) -> str:
    """How a turn names the failing test's input: its call, else its title, else its name."""
    call = failing_call(failing)
    if call:
        return call
    if failing is not None and failing.title:
        return f'the case "{clip(failing.title)}"'
    if failing is not None:
        return f"the input of {failing.name}"
    return "an example of your own"


def learner_line(context: TutorContext) -> CodeLine | None:
    """The last traceback line in the learner's own files: where Python stopped."""
    failing = context.failing
    if failing is None:
        return None
    own = [line for line in failing.traceback if line.file in context.learner_files]
    chosen = own or list(failing.traceback)
    return chosen[-1] if chosen else None


def learner_source(context: TutorContext) -> str:
    return context.learner_files.get(context.main_file, "")


def nearest_reference(context: TutorContext) -> str | None:
    """The reference main file most like the learner's, for diffs and the puzzle."""
    mine = learner_source(context)
    candidates = [ref[context.main_file] for ref in context.references if context.main_file in ref]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    my_lines = [line.strip() for line in mine.splitlines()]

    def likeness(reference: str) -> float:
        their_lines = [line.strip() for line in reference.splitlines()]
        return difflib.SequenceMatcher(a=my_lines, b=their_lines, autojunk=False).ratio()

    return max(candidates, key=likeness)


def expected_vs_actual(failing: FailingTest) -> str:
    """Expected and actual in plain words, or the error, or the test's own message."""
    if failing.status == "timeout":
        return "The test ran out of time: your code may be stuck in a loop that never ends."
    if failing.expected is not None and failing.actual is not None:
        if failing.actual.strip() == "None":
            return (
                f"The test expected {clip(failing.expected)}, but your function gave back "
                "None. That is what Python returns when a function has no return."
            )
        return f"The test expected {clip(failing.expected)}, but your code gave {clip(failing.actual)}."
    if failing.error_type:
        detail = f": {clip(failing.message)}" if failing.message else ""
        article = "an" if failing.error_type[:1] in "AEIOU" else "a"
        return f"Your code raised {article} {failing.error_type}{detail}."
    if failing.message:
        return f"The test said: {clip(failing.message, 110)}."
    return "The test did not get what it expected."


def label_of(failing: FailingTest) -> str:
    """The failing test as the learner knows it: the author's title, else its name."""
    return f'"{clip(failing.title)}"' if failing.title else failing.name
