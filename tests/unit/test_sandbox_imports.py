"""The code that runs inside the sandbox imports the standard library and pytest only.

import-linter fences our own packages and the third-party ones we know of; this test
catches any other package, which that contract cannot enumerate. numpy, matplotlib, pandas
and torch may be imported inside a function, for the exercises that declare them.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "pyascent"
INSIDE = SRC / "grader" / "inside"
TRACER = SRC / "explore" / "inside"
ALWAYS = {"pytest", "_pytest", "pluggy"}
DECLARED_NEEDS = {"numpy", "matplotlib", "pandas", "torch"}  # lazily, where an exercise needs them
# served.py is a program of its own that serves a learner's ASGI app: uvicorn, imported lazily.
SERVER_NEEDS = {"served.py": {"uvicorn"}}


def _imports(tree: ast.Module) -> list[tuple[str, int, bool]]:
    """(top-level package, line, at module level) for every import in a file."""
    found = []
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        at_top = id(node) in top_level or _in_type_checking(tree, node)
        if isinstance(node, ast.Import):
            found += [(alias.name.split(".")[0], node.lineno, at_top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module.split(".")[0], node.lineno, at_top))
    return found


def _in_type_checking(tree: ast.Module, target: ast.AST) -> bool:
    return any(isinstance(node, ast.If) and target in list(ast.walk(node)) for node in tree.body)


def test_every_import_inside_the_sandbox_is_allowed() -> None:
    problems = []
    files = sorted(INSIDE.glob("*.py"))
    assert files
    files += sorted(TRACER.glob("*.py"))
    for path in files:
        for name, line, at_top in _imports(ast.parse(path.read_text("utf-8"))):
            if name in sys.stdlib_module_names or name in ALWAYS:
                continue
            if name == "pyascent":
                source = path.read_text("utf-8").splitlines()[line - 1]
                if "pyascent.grader.inside" in source:
                    continue
            if name in DECLARED_NEEDS and not at_top:
                continue
            if name in SERVER_NEEDS.get(path.name, set()) and not at_top:
                continue
            problems.append(f"{path.name}:{line} imports {name}")
    assert not problems, "; ".join(problems)


def test_the_tracer_imports_the_standard_library_only() -> None:
    """It is sent into the sandbox as source text and runs on its own (services.explorer)."""
    tree = ast.parse((TRACER / "tracer.py").read_text("utf-8"))
    outside = [name for name, _line, _top in _imports(tree) if name not in sys.stdlib_module_names]
    assert outside == []
