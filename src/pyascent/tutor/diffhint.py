"""Where a learner's code first parts from a working solution: a line and a kind, no code.

"Look again at the condition of the if on line 4" is the hint a human tutor gives after
reading both programs; ITAP showed an AST diff against the nearest correct solution can
give it too. Only the LEARNER's line number and a description of the node in words leave
this module, never the reference's code, so the pointer narrows the search without
handing over the fix. Names are compared up to renaming: calling a variable `acc` instead
of `total` is not a difference worth a hint.
"""

from __future__ import annotations

import ast
import builtins
import difflib
from collections.abc import Sequence
from dataclasses import dataclass

_BUILTINS = frozenset(dir(builtins))
_Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


@dataclass(frozen=True)
class DiffPoint:
    """The first spot where the learner's code differs, in the learner's own file."""

    line: int
    where: str  # in words: "the condition of the if on line 4"


def locate_difference(learner_source: str, reference_source: str) -> DiffPoint | None:
    """The first differing node of the learner's code, or None (same shape, or unparsable)."""
    try:
        learner = ast.parse(learner_source)
        reference = ast.parse(reference_source)
    except SyntaxError:
        return None
    points = _compare_block(learner.body, reference.body, _Names(), _Names(), after=0)
    return min(points, key=lambda point: point.line) if points else None


def wrong_lines(learner_source: str, reference_source: str) -> tuple[str, ...]:
    """The learner's lines (stripped) that match no reference line: Parsons distractors.

    A line that equals a reference line up to renaming (`acc = 0` for `total = 0`) is not
    wrong, and as a distractor it would only confuse.
    """
    reference = {_line_shape(line) for line in reference_source.splitlines()}
    seen: set[str] = set()
    found: list[str] = []
    for raw in learner_source.splitlines():
        line = raw.strip()
        if not line or line in seen or _is_comment_or_text(line):
            continue
        if _line_shape(line) in reference:
            continue
        seen.add(line)
        found.append(line)
    return tuple(found)


def _is_comment_or_text(line: str) -> bool:
    return line.startswith(("#", '"', "'"))


def _line_shape(raw: str) -> str:
    """One line, parsed on its own when it can be, with its names renamed."""
    line = raw.strip()
    for candidate in (line, line + " pass", line + "\n    pass"):
        try:
            tree = ast.parse(candidate)
        except SyntaxError:
            continue
        if tree.body:
            return _shape(tree.body[0], _Names())
    return line


class _Names:
    """Renames identifiers in order of first use, so `acc` and `total` compare equal."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def canonical(self, name: str) -> str:
        if name in _BUILTINS:
            return name
        return self.seen.setdefault(name, f"v{len(self.seen)}")


def _shape(node: ast.AST, names: _Names) -> str:
    """A canonical text of `node`: identifiers renamed, positions and annotations dropped."""
    parts: list[str] = []
    _emit(node, names, parts)
    return "".join(parts)


def _emit(value: object, names: _Names, parts: list[str]) -> None:
    if isinstance(value, ast.Name):
        parts.append(f"Name({names.canonical(value.id)})")
    elif isinstance(value, ast.arg):
        parts.append(f"arg({names.canonical(value.arg)})")
    elif isinstance(value, ast.AST):
        parts.append(type(value).__name__ + "(")
        for field in value._fields:
            if field not in ("type_comment", "returns"):
                _emit(getattr(value, field, None), names, parts)
                parts.append(",")
        parts.append(")")
    elif isinstance(value, list):
        parts.append("[")
        for item in value:
            _emit(item, names, parts)
            parts.append(",")
        parts.append("]")
    else:
        parts.append(repr(value))


def _body(statements: Sequence[ast.stmt]) -> list[ast.stmt]:
    """Statements without a leading docstring: explanation is not behaviour."""
    body = list(statements)
    first = body[0] if body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
        return body[1:] if isinstance(first.value.value, str) else body
    return body


def _compare_block(
    learner: Sequence[ast.stmt],
    reference: Sequence[ast.stmt],
    learner_names: _Names,
    reference_names: _Names,
    *,
    after: int,
) -> list[DiffPoint]:
    """Definitions matched by name; the other statements aligned in order."""
    learner_body, reference_body = _body(learner), _body(reference)
    points: list[DiffPoint] = []
    learner_defs = {node.name: node for node in learner_body if isinstance(node, _Definition)}
    for node in reference_body:
        if not isinstance(node, _Definition):
            continue
        mine = learner_defs.get(node.name)
        if mine is None:
            last = learner_body[-1].end_lineno if learner_body else after
            kind = "class" if isinstance(node, ast.ClassDef) else "function"
            points.append(DiffPoint(last or after, f"the {kind} {node.name} is missing"))
        else:
            points.extend(_compare_definition(mine, node))
    plain_learner = [node for node in learner_body if not isinstance(node, _Definition)]
    plain_reference = [node for node in reference_body if not isinstance(node, _Definition)]
    point = _compare_statements(
        plain_learner, plain_reference, learner_names, reference_names, after=after
    )
    if point is not None:
        points.append(point)
    return points


def _compare_definition(learner: _Definition, reference: _Definition) -> list[DiffPoint]:
    learner_names, reference_names = _Names(), _Names()
    if isinstance(learner, ast.ClassDef) or isinstance(reference, ast.ClassDef):
        if type(learner) is not type(reference):
            return [DiffPoint(learner.lineno, f"what {learner.name} is, on line {learner.lineno}")]
    else:
        mine = _shape(learner.args, learner_names)
        theirs = _shape(reference.args, reference_names)
        if mine != theirs:
            line = learner.lineno
            return [DiffPoint(line, f"the parameters of {learner.name} on line {line}")]
    return _compare_block(
        learner.body, reference.body, learner_names, reference_names, after=learner.lineno
    )


def _compare_statements(
    learner: Sequence[ast.stmt],
    reference: Sequence[ast.stmt],
    learner_names: _Names,
    reference_names: _Names,
    *,
    after: int,
) -> DiffPoint | None:
    """Align two statement lists and describe the first place they part."""
    mine = [_shape(node, learner_names) for node in learner]
    theirs = [_shape(node, reference_names) for node in reference]
    matcher = difflib.SequenceMatcher(a=mine, b=theirs, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert":
            before = learner[i1 - 1].end_lineno if i1 > 0 else after
            line = before or after
            return DiffPoint(line, f"{_missing(reference[j1])} is missing after line {line}")
        if tag == "delete":
            node = learner[i1]
            return DiffPoint(node.lineno, f"the {_kind(node)} on line {node.lineno} is not needed")
        return _describe_pair(learner[i1], reference[j1], learner_names, reference_names) or (
            DiffPoint(
                learner[i2 - 1].lineno,
                f"the {_kind(learner[i2 - 1])} on line {learner[i2 - 1].lineno}",
            )
        )
    return None


def _describe_pair(
    learner: ast.stmt, reference: ast.stmt, learner_names: _Names, reference_names: _Names
) -> DiffPoint | None:
    """Look inside two differing statements of the same kind for the part that differs."""
    line = learner.lineno
    assigning = ast.Assign | ast.AugAssign | ast.AnnAssign
    if isinstance(learner, assigning) and isinstance(reference, assigning):
        return _describe_assignment(learner, reference, learner_names, reference_names)
    if type(learner) is not type(reference):
        return DiffPoint(line, f"the {_kind(learner)} on line {line}")

    def differs(field: str, a: ast.AST = learner, b: ast.AST = reference) -> bool:
        mine, theirs = getattr(a, field), getattr(b, field)
        if isinstance(mine, list) or isinstance(theirs, list):
            return len(mine) != len(theirs) or any(
                _shape(x, learner_names) != _shape(y, reference_names)
                for x, y in zip(mine, theirs, strict=False)
            )
        if mine is None or theirs is None:
            return mine is not theirs
        return _shape(mine, learner_names) != _shape(theirs, reference_names)

    if isinstance(learner, ast.If | ast.While) and isinstance(reference, ast.If | ast.While):
        if differs("test"):
            return DiffPoint(line, f"the condition of the {_kind(learner)} on line {line}")
        return _inner(learner, reference, learner_names, reference_names, ("body", "orelse"))
    if isinstance(learner, ast.For | ast.AsyncFor) and isinstance(
        reference, ast.For | ast.AsyncFor
    ):
        if differs("iter"):
            return DiffPoint(line, f"what the for loop on line {line} goes over")
        if differs("target"):
            return DiffPoint(line, f"the loop variable of the for loop on line {line}")
        return _inner(learner, reference, learner_names, reference_names, ("body", "orelse"))
    if isinstance(learner, ast.With | ast.Try):
        return _inner(learner, reference, learner_names, reference_names, ("body",))
    if isinstance(learner, ast.Return):
        return DiffPoint(line, f"the return value on line {line}")
    return DiffPoint(line, f"the {_kind(learner)} on line {line}")


def _describe_assignment(
    learner: ast.Assign | ast.AugAssign | ast.AnnAssign,
    reference: ast.Assign | ast.AugAssign | ast.AnnAssign,
    learner_names: _Names,
    reference_names: _Names,
) -> DiffPoint:
    """`total = n` against `total += n`: the name, the operator or the value differs."""
    line = learner.lineno
    mine = [_shape(target, learner_names) for target in _targets(learner)]
    theirs = [_shape(target, reference_names) for target in _targets(reference)]
    if mine != theirs:
        return DiffPoint(line, f"the name that line {line} assigns to")
    my_op = type(learner.op) if isinstance(learner, ast.AugAssign) else None
    their_op = type(reference.op) if isinstance(reference, ast.AugAssign) else None
    if my_op is not None and their_op is not None and my_op is not their_op:
        return DiffPoint(line, f"the operator on line {line}")
    return DiffPoint(line, f"the value assigned on line {line}")


def _targets(node: ast.Assign | ast.AugAssign | ast.AnnAssign) -> list[ast.expr]:
    return list(node.targets) if isinstance(node, ast.Assign) else [node.target]


def _inner(
    learner: ast.stmt,
    reference: ast.stmt,
    learner_names: _Names,
    reference_names: _Names,
    fields: tuple[str, ...],
) -> DiffPoint | None:
    for field in fields:
        point = _compare_statements(
            getattr(learner, field),
            getattr(reference, field),
            learner_names,
            reference_names,
            after=learner.lineno,
        )
        if point is not None:
            return point
    return None


_KINDS: dict[type[ast.AST], str] = {
    ast.If: "if",
    ast.While: "while loop",
    ast.For: "for loop",
    ast.AsyncFor: "for loop",
    ast.Return: "return",
    ast.Assign: "assignment",
    ast.AugAssign: "update",
    ast.AnnAssign: "assignment",
    ast.Try: "try block",
    ast.With: "with block",
    ast.Raise: "raise",
    ast.Import: "import",
    ast.ImportFrom: "import",
    ast.Break: "break",
    ast.Continue: "continue",
    ast.Pass: "pass",
    ast.Assert: "assert",
    ast.Delete: "del",
}

_MISSING: dict[type[ast.AST], str] = {
    ast.If: "a check (an if)",
    ast.While: "a loop",
    ast.For: "a loop",
    ast.Return: "a return",
    ast.Assign: "a step that stores a value",
    ast.AugAssign: "a step that updates a value",
    ast.Raise: "a raise",
    ast.Import: "an import",
    ast.ImportFrom: "an import",
}


def _kind(node: ast.stmt) -> str:
    if isinstance(node, ast.Expr):
        call = node.value
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "print"
        ):
            return "print call"
        return "call" if isinstance(call, ast.Call) else "expression"
    return _KINDS.get(type(node), "statement")


def _missing(node: ast.stmt) -> str:
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return "a call"
    return _MISSING.get(type(node), "a step")
