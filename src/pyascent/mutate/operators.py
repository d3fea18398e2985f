"""The mutation operators: for one node of a syntax tree, the small changes worth trying.

Each operator is a plausible slip a learner (or a weak test) could get away with: a boundary
`<` for `<=`, an off-by-one constant, a dropped `.strip()`, a deleted statement. An operator
returns `Change`s; a change's `build` receives the node *in a fresh copy of the tree* and
returns what replaces it there: a node, or a list of statements (an empty list deletes).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass

Replacement = ast.AST | list[ast.stmt]


@dataclass(frozen=True)
class Site:
    """A node of the original tree and where it sits (parent, field, index in a list)."""

    node: ast.AST
    parent: ast.AST | None
    field: str | None
    index: int | None
    in_annotation: bool = False
    in_format_spec: bool = False


@dataclass(frozen=True)
class Change:
    operator: str  # the operator's name, e.g. "boundary"
    description: str  # what changes, in words: "< becomes <="
    build: Callable[[ast.AST], Replacement]


_BOUNDARY: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
}
_NEGATED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.GtE,
    ast.LtE: ast.Gt,
    ast.Gt: ast.LtE,
    ast.GtE: ast.Lt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_ARITHMETIC: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.FloorDiv,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
    ast.BitXor: ast.BitOr,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
}
_SYMBOL: dict[type[ast.AST], str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.BitAnd: "&",
    ast.BitOr: "|",
    ast.BitXor: "^",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.And: "and",
    ast.Or: "or",
}
# Calls whose result is their argument, only cleaner or rounder: dropping them is the slip.
_DROPPABLE_METHODS = frozenset(
    {"strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "capitalize", "copy"}
)
_DROPPABLE_FUNCTIONS = frozenset({"round", "abs", "sorted", "reversed"})
_SWAPPED_NAMES = {"min": "max", "max": "min", "any": "all", "all": "any"}
# Calls whose arguments commute: swapping them is an equivalent mutant, never a test gap.
_SYMMETRIC = frozenset({"min", "max"})
# Statements a deletion can make quietly wrong; compound ones (for, with, try) and
# definitions are left alone: deleting them is never subtle.
_DELETABLE = (
    ast.Expr,
    ast.Assign,
    ast.AugAssign,
    ast.AnnAssign,
    ast.Raise,
    ast.Assert,
    ast.Break,
    ast.Continue,
    ast.Delete,
    ast.If,
)


def changes(site: Site) -> Iterator[Change]:
    """Every change the operators propose for this node, in a fixed order."""
    if site.in_annotation:
        return
    node = site.node
    if isinstance(node, ast.Compare):
        yield from _compare(node)
    elif isinstance(node, ast.BinOp | ast.AugAssign):
        yield from _arithmetic(node)
    elif isinstance(node, ast.BoolOp):
        yield from _boolean(node)
    elif isinstance(node, ast.UnaryOp):
        yield from _unary(node)
    elif isinstance(node, ast.Constant):
        yield from _constant(node, site)
    elif isinstance(node, ast.Call):
        yield from _call(node)
    elif isinstance(node, ast.Slice):
        yield from _slice(node)
    elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
        yield Change("format", "the format spec is dropped", _set(format_spec=None))
    elif isinstance(node, ast.Return) and not _is_none(node.value):
        yield Change("return-none", "returns None", _return_none)
    if isinstance(node, ast.If | ast.While | ast.IfExp):
        yield from _condition(node)
    if isinstance(node, ast.stmt) and site.index is not None and site.field in _BODIES:
        yield from _statement(node, site)


_BODIES = ("body", "orelse", "finalbody", "handlers")


def _set(**values: object) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        for name, value in values.items():
            setattr(node, name, value)
        return node

    return build


def _is_none(value: ast.expr | None) -> bool:
    return value is None or (isinstance(value, ast.Constant) and value.value is None)


def _compare(node: ast.Compare) -> Iterator[Change]:
    for position, op in enumerate(node.ops):
        old = type(op)
        for operator, table in (("boundary", _BOUNDARY), ("compare", _NEGATED)):
            new = table.get(old)
            if new is not None:
                yield Change(
                    operator,
                    f"{_SYMBOL[old]} becomes {_SYMBOL[new]}",
                    _replace_op(position, new),
                )


def _replace_op(position: int, new: type[ast.cmpop]) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Compare)
        node.ops[position] = new()
        return node

    return build


def _arithmetic(node: ast.BinOp | ast.AugAssign) -> Iterator[Change]:
    old = type(node.op)
    new = _ARITHMETIC.get(old)
    if new is not None:
        yield Change("arithmetic", f"{_SYMBOL[old]} becomes {_SYMBOL[new]}", _set(op=new()))


def _boolean(node: ast.BoolOp) -> Iterator[Change]:
    old = type(node.op)
    new: type[ast.boolop] = ast.Or if old is ast.And else ast.And
    yield Change("boolean", f"{_SYMBOL[old]} becomes {_SYMBOL[new]}", _set(op=new()))
    for position in range(len(node.values)):
        yield Change(
            "boolean",
            f"operand {position + 1} of {_SYMBOL[old]} is dropped",
            _drop_operand(position),
        )


def _drop_operand(position: int) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.BoolOp)
        rest = [v for i, v in enumerate(node.values) if i != position]
        return rest[0] if len(rest) == 1 else ast.BoolOp(op=node.op, values=rest)

    return build


def _unary(node: ast.UnaryOp) -> Iterator[Change]:
    if isinstance(node.op, ast.Not):
        yield Change("negate", "`not` is removed", _operand)
    elif isinstance(node.op, ast.USub):
        yield Change("arithmetic", "unary minus is removed", _operand)


def _operand(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.UnaryOp)
    return node.operand


def _constant(node: ast.Constant, site: Site) -> Iterator[Change]:
    value = node.value
    operator = "default" if isinstance(site.parent, ast.arguments) else None
    if isinstance(value, bool):
        yield Change(operator or "constant", f"{value} becomes {not value}", _set(value=not value))
    elif isinstance(value, int):
        for new in (value + 1, value - 1):
            yield Change(operator or "number", f"{value} becomes {new}", _set(value=new))
    elif isinstance(value, float):
        yield Change(operator or "number", f"{value} becomes {value + 1}", _set(value=value + 1))
    elif isinstance(value, str) and not (
        _is_docstring(site) or site.in_format_spec or _is_prompt(site)
    ):
        new_text = "" if value else "XX"
        yield Change(operator or "string", f"{value!r} becomes {new_text!r}", _set(value=new_text))


def _is_prompt(site: Site) -> bool:
    # The words of an input() prompt are the learner's to choose; instructions rarely fix
    # them, so a changed prompt is not a wrong program.
    parent = site.parent
    return (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id == "input"
    )


def _is_docstring(site: Site) -> bool:
    # The constant is the value of an expression statement that opens a body.
    return isinstance(site.parent, ast.Expr)


def _call(node: ast.Call) -> Iterator[Change]:
    func = node.func
    positional = [a for a in node.args if not isinstance(a, ast.Starred)]
    symmetric = isinstance(func, ast.Name) and func.id in _SYMMETRIC
    if len(positional) == len(node.args) and not symmetric:
        for i in range(len(node.args) - 1):
            if ast.dump(node.args[i]) != ast.dump(node.args[i + 1]):
                yield Change("swap-args", f"arguments {i + 1} and {i + 2} are swapped", _swap(i))
    if isinstance(func, ast.Attribute) and func.attr in _DROPPABLE_METHODS:
        yield Change("drop-call", f".{func.attr}() is dropped", _receiver)
    if isinstance(func, ast.Name):
        if func.id in _DROPPABLE_FUNCTIONS and len(node.args) >= 1:
            how = "list(...)" if func.id in ("sorted", "reversed") else "its first argument"
            yield Change("drop-call", f"{func.id}() is dropped: {how}", _unwrap(func.id))
        if func.id in _SWAPPED_NAMES:
            new = _SWAPPED_NAMES[func.id]
            yield Change("swap-call", f"{func.id}() becomes {new}()", _rename(new))
    names = [k.arg for k in node.keywords]
    for position, keyword in enumerate(node.keywords):
        if keyword.arg == "key":
            yield Change("keyword", "the key= function is dropped", _drop_keyword(position))
    sorts = (isinstance(func, ast.Name) and func.id == "sorted") or (
        isinstance(func, ast.Attribute) and func.attr == "sort"
    )
    if sorts and "reverse" not in names:
        yield Change("keyword", "reverse=True is added", _add_reverse)


def _swap(i: int) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Call)
        node.args[i], node.args[i + 1] = node.args[i + 1], node.args[i]
        return node

    return build


def _receiver(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    return node.func.value


def _unwrap(name: str) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Call)
        if name in ("sorted", "reversed"):
            return ast.Call(
                func=ast.Name(id="list", ctx=ast.Load()), args=node.args[:1], keywords=[]
            )
        return node.args[0]

    return build


def _rename(new: str) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Call)
        node.func = ast.Name(id=new, ctx=ast.Load())
        return node

    return build


def _drop_keyword(position: int) -> Callable[[ast.AST], ast.AST]:
    def build(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Call)
        del node.keywords[position]
        return node

    return build


def _add_reverse(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.Call)
    node.keywords.append(ast.keyword(arg="reverse", value=ast.Constant(value=True)))
    return node


def _slice(node: ast.Slice) -> Iterator[Change]:
    for part in ("lower", "upper", "step"):
        if getattr(node, part) is not None:
            yield Change("slice", f"the slice's {part} bound is dropped", _set(**{part: None}))


def _condition(node: ast.If | ast.While | ast.IfExp) -> Iterator[Change]:
    # A comparison is already negated by the compare operator, `not x` by the unary one.
    test = node.test
    if isinstance(test, ast.Compare) or (
        isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    ):
        return
    yield Change("negate", "the condition is negated", _negate)


def _negate(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.If | ast.While | ast.IfExp)
    node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    return node


def _statement(node: ast.stmt, site: Site) -> Iterator[Change]:
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return  # a docstring or a bare literal: nothing to delete
    if isinstance(node, ast.If) and node.orelse:
        yield Change("branch", "the else branch is deleted", _set(orelse=[]))
        yield Change("branch", "the if branch is deleted (only else runs)", _only_else)
    if isinstance(node, _DELETABLE):
        kind = type(node).__name__.lower()
        what = "the if statement" if isinstance(node, ast.If) else f"the {kind} statement"
        yield Change("delete", f"{what} is deleted", lambda n: [])


def _only_else(node: ast.AST) -> Replacement:
    assert isinstance(node, ast.If)
    return list(node.orelse)


def _return_none(node: ast.AST) -> ast.AST:
    return ast.Return(value=ast.Constant(value=None))
