"""Which code a turn may show at its level, and which concepts it may not mention.

tutor.md C.3 gives each level a code policy:
- EXPLAIN, LOCATE, CONCEPT: no code except what the learner has already seen: their own
  lines, names and examples from the instructions, and the verdict's own evidence (the
  failing test's line, expected and actual values, the traceback). Python's words on their
  own (`return`, `None`, `len`) are vocabulary, not code.
- STRATEGY: the same, plus the authored hints given so far (the author wrote them for this
  level). Only when the exercise allows `code_examples` may the turn add a snippet of its
  own: at most three lines, and never one that matches the reference.
- SCAFFOLD and REVEAL: only the ladder shows code (the puzzle, the solution under the
  solution policy); a model never does.

The avoid list holds concepts the course has not taught yet: words are searched in the
prose, and AST node names (`Lambda`, `ListComp`) in the code, with common concept words
mapped to their nodes so an instructor can write "lambda" and mean both.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from collections.abc import Mapping, Sequence

from pyascent.tutor.context import Level, TutorContext, TutorTurn
from pyascent.tutor.fingerprints import MIN_AST_MATCHES, leak_score
from pyascent.tutor.fragments import parse_fragment, parse_pieces
from pyascent.tutor.testsource import normalise_text

STRATEGY_SNIPPET_MAX_LINES = 3

_VOCABULARY = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")

# Concept words an instructor writes, and the nodes that express them in code.
CONCEPT_NODES: Mapping[str, tuple[str, ...]] = {
    "lambda": ("Lambda",),
    "list comprehension": ("ListComp",),
    "dict comprehension": ("DictComp",),
    "set comprehension": ("SetComp",),
    "comprehension": ("ListComp", "DictComp", "SetComp", "GeneratorExp"),
    "generator expression": ("GeneratorExp",),
    "generator": ("GeneratorExp", "Yield", "YieldFrom"),
    "yield": ("Yield", "YieldFrom"),
    "f-string": ("JoinedStr",),
    "walrus": ("NamedExpr",),
    "conditional expression": ("IfExp",),
    "ternary": ("IfExp",),
    "while": ("While",),
    "try": ("Try",),
    "exception": ("Try", "Raise"),
    "class": ("ClassDef",),
    "decorator": ("FunctionDef.decorator_list",),
    "async": ("AsyncFunctionDef", "Await", "AsyncFor", "AsyncWith"),
    "match": ("Match",),
}


def _python_sources(files: Mapping[str, str]) -> list[str]:
    """The Python files of a file set; all of them when none is named `.py`."""
    python = [source for name, source in files.items() if name.endswith(".py")]
    return python or list(files.values())


def learner_code(context: TutorContext) -> str:
    """Everything the learner has written, as one text."""
    return "\n".join(_python_sources(context.learner_files))


def reference_sources(context: TutorContext) -> list[dict[str, str]]:
    """Each reference's Python files (what the similarity detectors compare against)."""
    return [
        {f"{index}.py": source for index, source in enumerate(_python_sources(reference))}
        for reference in context.references
    ]


def shown_text(context: TutorContext, level: Level) -> list[str]:
    """What the learner has already seen or written: quoting it back gives nothing away."""
    shown = [context.instructions, context.summary, context.message, *context.wrong_lines]
    shown.extend(context.learner_files.values())
    failing = context.failing
    if failing is not None:
        shown.extend(
            text
            for text in (
                failing.name,
                failing.title,
                failing.message,
                failing.expected,
                failing.actual,
                failing.error_type,
                failing.explanation,
                failing.test_code,
            )
            if text
        )
        shown.extend(frame.code for frame in failing.traceback)
    if context.problem is not None:
        shown.extend(text for text in (context.problem.message, context.problem.text) if text)
    if context.mistake is not None:
        shown.append(context.mistake.description)
    if level >= Level.STRATEGY:
        shown.extend(context.hints[: context.ladder.hints_used + 1])
    return shown


def _known_names(shown: Sequence[str]) -> frozenset[str]:
    names: set[str] = set(_VOCABULARY)
    for text in shown:
        names.update(_IDENTIFIER.findall(text))
    return frozenset(names)


def _is_harmless(node: ast.expr, names: frozenset[str]) -> bool:
    """A value, a known name, or a known function called with values: an input, not code."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.UnaryOp):
        return isinstance(node.operand, ast.Constant)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return all(_is_harmless(element, names) for element in node.elts)
    if isinstance(node, ast.Dict):
        return all(
            key is not None and _is_harmless(key, names) and _is_harmless(value, names)
            for key, value in zip(node.keys, node.values, strict=True)
        )
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return (
            node.func.id in names
            and all(_is_harmless(argument, names) for argument in node.args)
            and all(_is_harmless(keyword_.value, names) for keyword_ in node.keywords)
        )
    return False


def is_code(snippet: str) -> bool:
    """Whether a snippet reads as Python at all (an error message in backticks does not)."""
    return bool(parse_pieces(snippet))


def is_already_seen(snippet: str, shown: Sequence[str], names: frozenset[str]) -> bool:
    """A lone keyword, a value, a known name or call, or lines the learner has seen."""
    stripped = snippet.strip()
    if stripped in _VOCABULARY:
        return True
    tree = parse_fragment(stripped)
    if (
        tree is not None
        and tree.body
        and all(
            isinstance(statement, ast.Expr) and _is_harmless(statement.value, names)
            for statement in tree.body
        )
    ):
        return True
    seen = normalise_text("\n".join(shown))
    lines = [normalise_text(line) for line in snippet.splitlines() if line.strip()]
    return bool(lines) and all(line in seen for line in lines)


def new_code(snippets: Sequence[str], context: TutorContext, level: Level) -> list[str]:
    """The snippets that are code the learner has not seen: what the policy is about."""
    shown = shown_text(context, level)
    names = _known_names(shown)
    return [
        snippet
        for snippet in snippets
        if is_code(snippet) and not is_already_seen(snippet, shown, names)
    ]


def matches_reference(snippet: str, context: TutorContext) -> bool:
    """Whether a STRATEGY example copies part of the reference, by a lower bar than a leak.

    One whole reference statement the learner has not written (names aside), or two
    matching fingerprints of any size, is enough: an example is meant to be on other data.
    """
    score = leak_score([snippet], reference_sources(context), learner_code(context))
    return score.statements_matched >= 1 or score.ast_matched >= MIN_AST_MATCHES


def _lines(snippet: str) -> int:
    return sum(1 for line in snippet.splitlines() if line.strip())


def code_policy_problems(turn: TutorTurn, context: TutorContext, fresh: Sequence[str]) -> list[str]:
    """Sentences saying which code the level does not allow; `fresh` is `new_code(...)`."""
    problems: list[str] = []
    level = turn.level
    if turn.puzzle is not None and (level != Level.SCAFFOLD or turn.source != "ladder"):
        problems.append("Only the ladder's own SCAFFOLD turn may carry a puzzle.")
    if level >= Level.SCAFFOLD:
        if turn.source != "ladder" and fresh:
            problems.append(f"At level {level.name} only the ladder may show code.")
        return problems
    if level == Level.STRATEGY and context.settings.code_examples:
        for snippet in fresh:
            if _lines(snippet) > STRATEGY_SNIPPET_MAX_LINES:
                problems.append(
                    f"A STRATEGY example may have at most {STRATEGY_SNIPPET_MAX_LINES} lines;"
                    f" this one has {_lines(snippet)}."
                )
            elif matches_reference(snippet, context):
                problems.append("A STRATEGY example matches the reference solution.")
        return problems
    if fresh:
        first = fresh[0].splitlines()[0]
        problems.append(
            f"At level {level.name} a turn may only quote code the learner has seen;"
            f" it shows new code such as `{first}`."
        )
    return problems


def _node_names(snippets: Sequence[str]) -> set[str]:
    names: set[str] = set()
    for snippet in snippets:
        for tree in parse_pieces(snippet):
            for node in ast.walk(tree):
                names.add(type(node).__name__)
                if (
                    isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                    and node.decorator_list
                ):
                    names.add("FunctionDef.decorator_list")
    return names


def _word_pattern(word: str) -> re.Pattern[str]:
    parts = [re.escape(part) for part in word.split()]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def _is_node_name(entry: str) -> bool:
    node = getattr(ast, entry, None)
    return isinstance(node, type) and issubclass(node, ast.AST)


def avoided_concepts(prose: str, fresh: Sequence[str], avoid: Sequence[str]) -> list[str]:
    """The avoid-list entries the turn uses: in its prose as words, in its new code as nodes.

    Args:
        prose: the turn's message and question, without the learner's own code.
        fresh: the code the learner has not seen (their own code may use anything).
        avoid: the exercise's avoid list.
    """
    if not avoid:
        return []
    nodes = _node_names(fresh)
    found: list[str] = []
    for entry in avoid:
        term = entry.strip()
        if not term:
            continue
        if _is_node_name(term):
            if term in nodes:
                found.append(term)
            continue
        mapped = CONCEPT_NODES.get(term.lower(), ())
        if _word_pattern(term).search(prose) or any(node in nodes for node in mapped):
            found.append(term)
    return found
