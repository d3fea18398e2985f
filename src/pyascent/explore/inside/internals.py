"""The static internals views of a program: its tokens, its syntax tree and its bytecode
grouped by source line, computed by the interpreter that will run it.

Runs inside the sandbox (standard library only): compiling hostile source can still
exhaust memory or the stack, so the server never does it itself. Nothing of the program
runs here. Prints one JSON object.
"""

from __future__ import annotations

import ast
import builtins
import dis
import io
import json
import symtable
import sys
import tokenize
import types
from typing import Any

MAX_TOKENS = 2_000
MAX_INSTRUCTIONS = 3_000


def views(source: str) -> dict[str, Any]:
    found: dict[str, Any] = {"py": sys.version.split()[0]}
    tokens: list[list[Any]] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            tokens.append([tokenize.tok_name[token.type], token.string, *token.start, *token.end])
            if len(tokens) >= MAX_TOKENS:
                break
    except (tokenize.TokenError, SyntaxError) as exc:
        found["tokens_error"] = str(exc)
    found["tokens"] = tokens
    try:
        tree = ast.parse(source, "main.py")
        found["ast"] = ast.dump(tree, indent=2)[:200_000]
        code = compile(tree, "main.py", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        found["error"] = f"{type(exc).__name__}: {getattr(exc, 'msg', exc)}"
        return found
    found["code"] = _code_objects(code)
    found["scopes"] = _scopes(tree, source)
    found["probes"] = _probes()
    return found


def _scopes(tree: ast.Module, source: str) -> list[list[Any]]:
    """Where each name used resolves, by Python's LEGB rule, read from the symbol tables
    (not from the bytecode: 3.13 turns LOAD_CLOSURE into LOAD_FAST): [line, column, end
    column, name, "L" | "E" | "G" | "B"]."""
    table = symtable.symtable(source, "main.py", "exec")
    assigned_globally = {s.get_name() for s in table.get_symbols() if s.is_assigned()}
    builtin_names = set(dir(builtins))
    found: list[list[Any]] = []

    def scope_of(name: str, scope: symtable.SymbolTable) -> str:
        if scope.get_type() == "module":
            return "G" if name in assigned_globally or name not in builtin_names else "B"
        try:
            symbol = scope.lookup(name)
        except KeyError:
            return "B" if name in builtin_names else "G"
        if symbol.is_free():
            return "E"
        if symbol.is_local() and not symbol.is_global():
            return "L"
        return "G" if name in assigned_globally or name not in builtin_names else "B"

    def visit(node: ast.AST, scope: symtable.SymbolTable) -> None:
        children = {child.get_name(): child for child in scope.get_children()}
        for child in ast.iter_child_nodes(node):
            inner = scope
            if isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
            ):
                key = child.name if not isinstance(child, ast.Lambda) else "lambda"
                inner = children.get(key, scope)
            if isinstance(child, ast.Name) and len(found) < 2_000:
                end = child.end_col_offset if child.end_col_offset is not None else child.col_offset
                found.append(
                    [child.lineno, child.col_offset, end, child.id, scope_of(child.id, scope)]
                )
            visit(child, inner)

    visit(tree, table)
    return found


def _probes() -> list[list[Any]]:
    """Facts of this very interpreter, measured now (they differ between versions)."""
    cached = [n for n in range(-10, 300) if int(str(n)) is int(str(n))]
    folded: dict[str, Any] = {}
    exec(compile('a = "hello_" + "world"\nb = "hello_world"', "<probe>", "exec"), folded)  # noqa: S102 - our own two lines
    literal = folded["b"]
    joined = "".join(["hello_", "world"])
    return [
        [
            "small ints that are one shared object",
            f"{cached[0]}..{cached[-1]}" if cached else "none",
        ],
        ['"hello_" + "world" is "hello_world" (folded when compiled)', folded["a"] is literal],
        ['"".join(["hello_", "world"]) is "hello_world" (built when run)', joined is literal],
        ['sys.intern(that join) is "hello_world"', sys.intern(joined) is literal],
        ["gc thresholds (generation 0, 1, 2)", list(__import__("gc").get_threshold())],
        [
            "sys.getswitchinterval(): seconds a thread runs before the GIL may pass",
            sys.getswitchinterval(),
        ],
    ]


def _code_objects(code: types.CodeType) -> list[dict[str, Any]]:
    """Every code object (the module, each function and class body), its instructions
    grouped by the source line that starts them."""
    listed: list[dict[str, Any]] = []
    pending = [code]
    budget = MAX_INSTRUCTIONS
    while pending and budget > 0:
        current = pending.pop(0)
        lines: list[dict[str, Any]] = []
        for instruction in dis.get_instructions(current):
            starts = instruction.starts_line  # the line (3.11, 3.12) or a flag (3.13)
            number = getattr(instruction, "line_number", None) if starts is True else starts
            if (starts is not None and starts is not False) or not lines:
                lines.append({"line": number or 0, "ops": []})
            lines[-1]["ops"].append(
                [
                    instruction.offset,
                    instruction.opname,
                    instruction.argrepr[:80],
                    instruction.is_jump_target,
                ]
            )
            budget -= 1
        listed.append({"name": current.co_qualname, "lines": lines})
        pending.extend(c for c in current.co_consts if type(c) is types.CodeType)
    return listed


def main(payload: str) -> None:
    sys.stdout.write(json.dumps(views(json.loads(payload)["source"])) + "\n")
