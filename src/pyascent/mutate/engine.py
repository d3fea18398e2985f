"""Mutants of one Python source: one small change per site, each a whole new source text.

Pure: parses and unparses, never runs or writes anything. Running the tests against the
mutants is the caller's business (services.mutation grades them in the real sandbox).

Why not mutmut or cosmic-ray: both own the whole loop. They rewrite the files on disk (or,
in mutmut 3, inject trampolines that import mutmut into the code under test) and then run
the test command themselves, deciding killed/survived from its exit status. Our tests run
in a judge process that cannot see the learner's code, which runs in a sandboxed subject
process with the standard library and pytest only; a verdict is the grader's, not an exit
code. Neither tool exposes "give me the mutated source text" as a stable API, so using one
would mean running its runner outside the sandbox (learner-facing code unisolated, the
verified mode bypassed) or reimplementing the sandbox as its test command, one fresh
process per mutant. A pure AST mutator of ~300 lines gives us the source texts; the warm
worker pool grades them like any check.

Each mutant is `ast.unparse` of a mutated copy of the tree, compared against `ast.unparse`
of the original (so the diff shows the change only, not the lost comments and formatting).
Mutants that do not compile are skipped; identical sources are kept once.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
from dataclasses import dataclass

from pyascent.mutate.operators import Change, Replacement, Site, changes

_ANNOTATIONS = ("annotation", "returns")


@dataclass(frozen=True)
class Mutant:
    """One changed version of a file.

    Attributes:
        id: 8 hex digits from the file name and the changed lines: stable when other lines
            move or change, new when the mutated line itself changes (so an equivalence an
            author recorded is re-examined when the code it was about is edited).
        file: the file's name in the exercise.
        line: the line of the change in the original source.
        operator: the operator's name ("boundary", "delete", "drop-call", ...).
        description: the change in words: "< becomes <=".
        source: the whole mutated source, as `ast.unparse` writes it.
        diff: a unified diff from the (unparsed) original to the mutant.
    """

    id: str
    file: str
    line: int
    operator: str
    description: str
    source: str
    diff: str

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "line": self.line,
            "operator": self.operator,
            "description": self.description,
            "diff": self.diff,
        }


def sites(tree: ast.AST, upto: int | None = None) -> list[Site]:
    """Every node in a fixed pre-order, with its place in its parent (the first `upto` + 1
    only, when given)."""
    found: list[Site] = []

    def visit(
        node: ast.AST,
        parent: ast.AST | None,
        field: str | None,
        index: int | None,
        annotation: bool,
        spec: bool,
    ) -> None:
        found.append(Site(node, parent, field, index, annotation, spec))
        for name, value in ast.iter_fields(node):
            if upto is not None and len(found) > upto:
                return
            inner_annotation = annotation or name in _ANNOTATIONS
            inner_spec = spec or name == "format_spec"
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        visit(item, node, name, i, inner_annotation, inner_spec)
            elif isinstance(value, ast.AST):
                visit(value, node, name, None, inner_annotation, inner_spec)

    visit(tree, None, None, None, False, False)
    return found


def mutants_of(source: str, file: str) -> list[Mutant]:
    """Every compiling, distinct mutant of `source`, in a deterministic order.

    Raises:
        SyntaxError: if `source` itself does not parse.
    """
    tree = ast.parse(source, filename=file)
    original = ast.unparse(tree)
    seen = {original}
    ids: set[str] = set()
    found: list[Mutant] = []
    for position, site in enumerate(sites(tree)):
        for change in changes(site):
            mutated = _apply(source, position, change)
            if mutated is None or mutated in seen:
                continue
            seen.add(mutated)
            diff = _diff(original, mutated, file)
            mutant_id = _unique(_id_of(file, diff), ids)
            line = getattr(site.node, "lineno", 1)
            found.append(
                Mutant(mutant_id, file, line, change.operator, change.description, mutated, diff)
            )
    return found


def _apply(source: str, position: int, change: Change) -> str | None:
    """The source of a fresh tree of `source` with `change` made at the node at `position`.

    Parsing again is several times faster than `copy.deepcopy` of the tree, and gives the
    same nodes in the same order.
    """
    twin = ast.parse(source)
    site = sites(twin, upto=position)[position]
    replacement: Replacement = change.build(site.node)
    if site.parent is None or site.field is None:
        return None
    slot = getattr(site.parent, site.field)
    if isinstance(replacement, list):
        assert isinstance(slot, list) and site.index is not None
        slot[site.index : site.index + 1] = replacement
        if not slot and site.field in ("body", "finalbody"):
            slot.append(ast.Pass())
    elif site.index is not None:
        slot[site.index] = replacement
    else:
        setattr(site.parent, site.field, replacement)
    try:  # unparse needs no line numbers; the text is compiled on its own
        text = ast.unparse(twin)
        compile(text, "<mutant>", "exec")
    except (SyntaxError, ValueError, TypeError, AttributeError, RecursionError):
        return None
    return text


def _diff(original: str, mutated: str, file: str) -> str:
    lines = difflib.unified_diff(
        original.splitlines(keepends=True),
        mutated.splitlines(keepends=True),
        fromfile=file,
        tofile=f"{file} (mutant)",
        n=2,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _id_of(file: str, diff: str) -> str:
    changed = [
        line
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    digest = hashlib.sha256("\n".join([file, *changed]).encode("utf-8"))
    return digest.hexdigest()[:8]


def _unique(candidate: str, taken: set[str]) -> str:
    # The same line may appear twice in a file (two identical statements): number repeats.
    chosen, count = candidate, 1
    while chosen in taken:
        count += 1
        chosen = f"{candidate}-{count}"
    taken.add(chosen)
    return chosen
