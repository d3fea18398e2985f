"""Parse the bits of Python a tutor reply carries, even when they are not whole programs.

A reply quotes code the way people talk about it: `word.lower()` inline, a loop header
`for i in range(n):` with no body, an indented method body cut out of a class. A leak
detector that only understood complete modules would be blind to exactly the fragments
that give an answer away, so every consumer goes through `parse_fragment`, which tries
the readings a person would: as written, dedented, with a body added after a trailing
colon, and as a lone expression. Parsing never warns: a reply's odd string escapes must
not become warnings (the test suite turns warnings into errors).
"""

from __future__ import annotations

import ast
import textwrap
import warnings


def parse_quietly(source: str) -> ast.Module | None:
    """`ast.parse` without warnings; None when the text is not a Python module."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None


def _with_body_after_colon(source: str) -> str | None:
    """`for x in xs:` -> `for x in xs:\\n    pass`: a header quoted without its body."""
    lines = source.rstrip().splitlines()
    if not lines or not lines[-1].rstrip().endswith(":"):
        return None
    last = lines[-1]
    indent = last[: len(last) - len(last.lstrip())]
    return "\n".join([*lines, indent + "    pass"])


def parse_fragment(source: str) -> ast.Module | None:
    """The first reading of `source` that parses, as a module; None when none does.

    Tried in order: as written, dedented, dedented with `pass` after a trailing colon,
    and as a single expression (wrapped in an expression statement, so callers walk one
    kind of tree).
    """
    if not source.strip():
        return None
    tree = parse_quietly(source)
    if tree is not None:
        return tree
    dedented = textwrap.dedent(source).strip("\n")
    tree = parse_quietly(dedented)
    if tree is not None:
        return tree
    completed = _with_body_after_colon(dedented)
    if completed is not None:
        tree = parse_quietly(completed)
        if tree is not None:
            return tree
    # A bracketed expression spread over lines, quoted without its statement.
    tree = parse_quietly("(\n" + dedented + "\n)")
    if tree is not None:
        return tree
    return None


def parse_pieces(source: str) -> list[ast.Module]:
    """The whole text as one tree when it parses; otherwise every line that parses alone.

    A learner's half-written file or a reply's pseudo-Python still has lines worth
    comparing; losing them all to one syntax error would make "minus what the learner
    wrote" subtract nothing.
    """
    whole = parse_fragment(source)
    if whole is not None:
        return [whole]
    trees = []
    for line in source.splitlines():
        tree = parse_fragment(line)
        if tree is not None:
            trees.append(tree)
    return trees
