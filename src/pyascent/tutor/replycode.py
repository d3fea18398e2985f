"""Find the code inside a tutor reply, wherever the writer put it.

A leak does not need a fence. CodeHelp's fence trigger missed code written straight into
the prose and flagged harmless fenced output (tutor.md B.2), so the guard looks in three
places: fenced blocks (with or without a language), inline `backtick` spans, and runs of
prose lines that Python itself accepts as code. A run only counts when it holds a real
statement: "Try this." does not parse, and a lone word such as "Yes" parses as a name but
says nothing, so neither is code.
"""

from __future__ import annotations

import ast
import re
import textwrap

from pyascent.tutor.context import TutorTurn
from pyascent.tutor.fragments import parse_fragment, parse_quietly

# An opening fence (``` or more, an optional language word), its body, the closing fence
# at the start of a line (text glued after it stays prose); a fence left open at the end
# of the reply runs to the end.
_FENCE = re.compile(r"^[ \t]*(`{3,})[^\n`]*\n(.*?)(?:^[ \t]*\1(?!`)|\Z)", re.DOTALL | re.MULTILINE)
# `code`, ``code with a ` inside`` or ```code```, on one line.
_INLINE = re.compile(r"(`{1,3})(?!`)(.+?)(?<!`)\1(?!`)")

# A run of prose lines longer than this is not tried as one piece: replies are short, and
# the search is quadratic in the run length.
_MAX_RUN_LINES = 60


def _is_trivial_expression(node: ast.expr) -> bool:
    """A name, a constant, `-1`, `e.g`, `yes, no`: what prose parses as by accident."""
    if isinstance(node, ast.Name | ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp):
        return _is_trivial_expression(node.operand)
    if isinstance(node, ast.Attribute):
        return _is_trivial_expression(node.value)
    if isinstance(node, ast.Tuple):
        return all(_is_trivial_expression(element) for element in node.elts)
    return False


def has_real_statement(tree: ast.Module) -> bool:
    """Whether the tree holds a statement beyond bare names, constants and `pass`."""
    for statement in tree.body:
        if isinstance(statement, ast.Pass):
            continue
        if isinstance(statement, ast.Expr) and _is_trivial_expression(statement.value):
            continue
        return True
    return False


def _could_start_code(line: str) -> bool:
    """A line a run of code may begin with: it parses alone, opens a block or a bracket.

    This only prunes the search; the run as a whole must still parse.
    """
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return False
    if stripped.startswith("@") or stripped.endswith((":", "(", "[", "{", "\\", ",")):
        return True
    return parse_fragment(stripped) is not None


def _parses_as_code(lines: list[str]) -> bool:
    tree = parse_quietly(textwrap.dedent("\n".join(lines)))
    return tree is not None and has_real_statement(tree)


def code_runs_in_prose(text: str) -> list[str]:
    """The longest runs of consecutive lines that parse as Python with a real statement."""
    lines = text.splitlines()
    runs: list[str] = []
    start = 0
    while start < len(lines):
        if not _could_start_code(lines[start]):
            start += 1
            continue
        end = min(len(lines), start + _MAX_RUN_LINES)
        while end > start:
            if _parses_as_code(lines[start:end]):
                break
            end -= 1
        if end > start:
            runs.append(textwrap.dedent("\n".join(lines[start:end])).strip("\n"))
            start = end
        else:
            start += 1
    return runs


def find_code(text: str) -> list[str]:
    """Every piece of code in `text`: fenced blocks, inline spans, then code in the prose.

    Fenced and inline code is taken whole (even output such as `True`: the caller decides
    what is harmless); what remains of the prose is searched for unfenced code.
    """
    snippets: list[str] = []

    def take_fence(match: re.Match[str]) -> str:
        body = textwrap.dedent(match.group(2)).strip("\n")
        if body.strip():
            snippets.append(body)
        return "\n"

    prose = _FENCE.sub(take_fence, text)

    def take_inline(match: re.Match[str]) -> str:
        body = match.group(2).strip()
        if body:
            snippets.append(body)
        return " "

    prose = _INLINE.sub(take_inline, prose)
    snippets.extend(code_runs_in_prose(prose))
    return _unique(snippets)


def turn_code(turn: TutorTurn) -> list[str]:
    """The code a turn shows: in its message, its question and its `code` field."""
    snippets = find_code(turn.message) + find_code(turn.question)
    if turn.code and turn.code.strip():
        inside = find_code(turn.code) if "`" in turn.code else []
        snippets.extend(inside or [textwrap.dedent(turn.code).strip("\n")])
    return _unique(snippets)


def _unique(snippets: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for snippet in snippets:
        if snippet not in seen:
            seen.add(snippet)
            unique.append(snippet)
    return unique
