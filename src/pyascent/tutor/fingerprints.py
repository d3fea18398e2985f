"""How much of the reference solution a reply gives away, measured two ways.

Both detectors were measured on synthetic replies in tutor.md B.2 and are kept because
they fail differently:
- token shingles (5-grams of tokens with identifiers replaced by `ID`) see through
  renamed variables, but a reply that reformats or reorders the code slips past them;
- AST fingerprints (names, arguments and function names erased, strings as "S") see
  through layout, renaming and quoting, and catch a key line quoted inline.

Each score is the share of the reference's fingerprints that the learner has NOT written
yet and that the reply hands over. Quoting the learner's own code back is no leak, so what
the learner wrote is subtracted from both sides first. With several references (accepted
alternatives) the highest share counts.

Short references make shares noisy (tutor.md C.9): a one-line solution has three or four
AST fingerprints, so one shared sub-expression such as `c.lower()` would be a third of it.
The AST share therefore only counts once at least `MIN_AST_MATCHES` fingerprints match;
below that it is reported as 0.0, and the execution check and the level's code policy are
what stop a leak of a very short solution.
"""

from __future__ import annotations

import ast
import builtins
import io
import keyword
import textwrap
import tokenize
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pyascent.tutor.fragments import parse_pieces

SHINGLE_SIZE = 5  # tokens per shingle (B.2)
AST_MIN_DUMP_CHARS = 40  # shorter dumps (`x + 1`) are too common to mean anything (B.2)
MIN_AST_MATCHES = 2  # C.9: fewer matched AST fingerprints than this do not count

_KEPT_NAMES = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
_STRING_TOKENS = frozenset(
    getattr(tokenize, name)
    for name in ("STRING", "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
    if hasattr(tokenize, name)
)
_FSTRING_START = getattr(tokenize, "FSTRING_START", None)
_FSTRING_END = getattr(tokenize, "FSTRING_END", None)


@dataclass(frozen=True)
class LeakScore:
    """The shares of the reference a reply gives away (0.0 to 1.0).

    `ast` is 0.0 unless `ast_matched` reached `MIN_AST_MATCHES`; `ast_share` is the raw
    share, kept for calibration. `statements_matched` counts whole reference statements
    (the learner's aside) found in the reply, the statement-level comparison of C.9.
    """

    tokens: float = 0.0
    ast: float = 0.0
    ast_share: float = 0.0
    ast_matched: int = 0
    statements_matched: int = 0


NO_LEAK = LeakScore()


def normalised_tokens(source: str) -> list[str]:
    """Tokens with identifiers as `ID` (keywords and builtins kept), strings as `STR`.

    Numbers and operators are kept. Tokenizing stops quietly at the first error, so a
    fragment still yields the tokens it has.
    """
    tokens: list[str] = []
    reader = io.StringIO(textwrap.dedent(source)).readline
    in_fstring = 0
    try:
        for token in tokenize.generate_tokens(reader):
            if token.type == _FSTRING_START:
                if in_fstring == 0:
                    tokens.append("STR")
                in_fstring += 1
            elif token.type == _FSTRING_END:
                in_fstring -= 1
            elif in_fstring:
                continue  # an f-string is one string, whatever it holds (Python 3.12+)
            elif token.type == tokenize.NAME:
                tokens.append(token.string if token.string in _KEPT_NAMES else "ID")
            elif token.type in _STRING_TOKENS:
                tokens.append("STR")
            elif token.type in (tokenize.OP, tokenize.NUMBER):
                tokens.append(token.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return tokens


@lru_cache(maxsize=512)
def token_shingles(source: str, size: int = SHINGLE_SIZE) -> frozenset[tuple[str, ...]]:
    """Every run of `size` consecutive normalised tokens in `source`."""
    tokens = normalised_tokens(source)
    return frozenset(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


class _Erase(ast.NodeTransformer):
    """Erase what renaming and rewording change: names, arguments, strings, docstrings."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Name(id="_", ctx=node.ctx), node)

    def visit_arg(self, node: ast.arg) -> ast.AST:
        node.arg = "_"
        node.annotation = None
        node.type_comment = None
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = "S" if isinstance(node.value, str | bytes) else node.value
        return ast.copy_location(ast.Constant(value=value), node)

    def _erase_definition(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
    ) -> ast.AST:
        body = node.body
        # A docstring is prose, not the algorithm: a copy without it is still a copy.
        if (
            len(body) > 1
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:]
        self.generic_visit(node)
        node.name = "_"
        if not isinstance(node, ast.ClassDef):
            node.returns = None
            node.type_comment = None
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        return self._erase_definition(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        return self._erase_definition(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        return self._erase_definition(node)


@lru_cache(maxsize=512)
def _erased_dumps(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """(every fingerprint, the statements' fingerprints) of `source`."""
    prints: set[str] = set()
    statements: set[str] = set()
    for tree in parse_pieces(source):
        erased = _Erase().visit(tree)
        # `c.lower` inside `c.lower()` adds nothing the call does not say; counting both
        # would let one shared method call meet the two-match floor on its own.
        called = {
            id(node.func)
            for node in ast.walk(erased)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        }
        for node in ast.walk(erased):
            if not isinstance(node, ast.stmt | ast.expr):
                continue
            if isinstance(node, ast.Name | ast.Constant) or id(node) in called:
                continue
            dump = ast.dump(node, annotate_fields=False)
            if len(dump) > AST_MIN_DUMP_CHARS:
                prints.add(dump)
                if isinstance(node, ast.stmt):
                    statements.add(dump)
    return frozenset(prints), frozenset(statements)


def ast_fingerprints(source: str) -> frozenset[str]:
    """The erased `ast.dump` of every statement and expression longer than 40 characters.

    A fragment that does not parse as written is read the ways `parse_fragment` knows;
    text that still does not parse contributes the lines that do.
    """
    return _erased_dumps(source)[0]


def statement_fingerprints(source: str) -> frozenset[str]:
    """The fingerprints of whole statements only: a line of code, whatever its names."""
    return _erased_dumps(source)[1]


def _union_shingles(sources: Iterable[str]) -> frozenset[tuple[str, ...]]:
    union: set[tuple[str, ...]] = set()
    for source in sources:
        union |= token_shingles(source)
    return frozenset(union)


def _union_prints(
    sources: Iterable[str], fingerprints: Callable[[str], frozenset[str]] = ast_fingerprints
) -> frozenset[str]:
    union: set[str] = set()
    for source in sources:
        union |= fingerprints(source)
    return frozenset(union)


def _share(target: frozenset[Hashable], given: frozenset[Hashable]) -> tuple[float, int]:
    matched = len(target & given)
    return (matched / len(target) if target else 0.0), matched


def leak_score(
    reply_snippets: Sequence[str],
    references: Sequence[Mapping[str, str]],
    learner_code: str,
) -> LeakScore:
    """How much of the best-matching reference the reply's code gives the learner.

    Args:
        reply_snippets: the code found in the reply (`replycode.find_code`), each compared
            on its own, so no shingle spans two snippets.
        references: each reference solution as {file name: source}.
        learner_code: everything the learner has written, subtracted from both sides.
    """
    if not reply_snippets or not references:
        return NO_LEAK
    learner_shingles = token_shingles(learner_code)
    learner_prints = ast_fingerprints(learner_code)
    reply_shingles = _union_shingles(reply_snippets) - learner_shingles
    reply_prints = _union_prints(reply_snippets) - learner_prints
    reply_statements = _union_prints(reply_snippets, statement_fingerprints)
    best = NO_LEAK
    for reference in references:
        sources = list(reference.values())
        token_share, _ = _share(_union_shingles(sources) - learner_shingles, reply_shingles)
        ast_share, ast_matched = _share(_union_prints(sources) - learner_prints, reply_prints)
        counted = ast_share if ast_matched >= MIN_AST_MATCHES else 0.0
        statements = _union_prints(sources, statement_fingerprints) - learner_prints
        best = LeakScore(
            tokens=max(best.tokens, token_share),
            ast=max(best.ast, counted),
            ast_share=max(best.ast_share, ast_share),
            ast_matched=max(best.ast_matched, ast_matched),
            statements_matched=max(best.statements_matched, len(statements & reply_statements)),
        )
    return best
