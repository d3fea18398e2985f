"""Which lines of the hidden tests a reply must never quote.

The hidden tests are the exercise's answer key: their inputs and expected values, seen in
full, let a learner code to the test instead of to the problem. Not every line is secret,
though. Imports, bare `def test_...():` headers, the docstrings the verdict shows as test
titles, and the failing line the verdict already printed (`FailingTest.test_code`) are
things the learner has seen or that say nothing; flagging them would reject the ladder's
own grounded turns. Lines of a dozen characters or fewer (`]`, `assert x`) are too short
to identify a test.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache

from pyascent.tutor.context import TutorContext
from pyascent.tutor.fragments import parse_quietly

MIN_QUOTED_CHARS = 12  # a test line must be longer than this to count as quoted

_PLAIN_HEADER = re.compile(r"^(async\s+)?def\s+\w+\s*\(\s*[\w\s,]*\)\s*(->\s*[\w\[\], .]+)?:$")
_BARE_DECORATOR = re.compile(r"^@[\w.]+$")
_TRAILING_OPENERS = " \t,([{\\"
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """One space for any run of whitespace, one kind of quote: how quoting changes text."""
    return _SPACE.sub(" ", text.replace("'", '"')).strip()


def _docstring_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        if not node.body:
            continue
        first = node.body[0]
        if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
            continue
        if isinstance(first.value.value, str):
            lines.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return lines


def _needle(line: str) -> str:
    """What a quote of this line would contain: a string line's words, else the code."""
    code = line.rstrip(_TRAILING_OPENERS)
    tree = parse_quietly(code)
    if tree is not None and len(tree.body) == 1:
        only = tree.body[0]
        if (
            isinstance(only, ast.Expr)
            and isinstance(only.value, ast.Constant)
            and isinstance(only.value.value, str)
        ):
            return normalise_text(only.value.value)
    return normalise_text(code)


def _is_trivial(stripped: str) -> bool:
    return (
        not stripped
        or stripped.startswith(("#", "import ", "from "))
        or bool(_PLAIN_HEADER.match(stripped))
        or bool(_BARE_DECORATOR.match(stripped))
    )


@lru_cache(maxsize=128)
def secret_test_lines(hidden_tests: tuple[str, ...], seen: tuple[str, ...]) -> tuple[str, ...]:
    """The normalised test lines a reply may not contain (cached: a chat asks many times).

    Args:
        hidden_tests: the test sources.
        seen: text the learner has already seen or written (the verdict's test line and
            message, the instructions, their own code); a test line found in it is no
            secret.
    """
    seen_text = normalise_text("\n".join(seen))
    secrets: list[str] = []
    for source in hidden_tests:
        tree = parse_quietly(source)
        titles = _docstring_lines(tree) if tree is not None else set()
        for number, line in enumerate(source.splitlines(), start=1):
            stripped = line.strip()
            if number in titles or _is_trivial(stripped):
                continue
            needle = _needle(stripped)
            if len(needle) <= MIN_QUOTED_CHARS or needle in seen_text or needle in secrets:
                continue
            secrets.append(needle)
    return tuple(secrets)


def seen_by_learner(context: TutorContext) -> list[str]:
    """What the verdict and the exercise page already showed, and what the learner wrote."""
    seen = [context.instructions, context.summary, *context.learner_files.values()]
    failing = context.failing
    if failing is not None:
        seen.extend(
            text
            for text in (failing.test_code, failing.message, failing.title, failing.expected)
            if text
        )
    return seen


def quoted_test_lines(reply_text: str, context: TutorContext) -> list[str]:
    """The hidden-test lines that appear in the reply, whitespace and quotes aside."""
    if not context.hidden_tests:
        return []
    reply = normalise_text(reply_text)
    secrets = secret_test_lines(tuple(context.hidden_tests), tuple(seen_by_learner(context)))
    return [line for line in secrets if line in reply]
