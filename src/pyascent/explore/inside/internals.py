"""The static internals views of a program: its tokens, its syntax tree and its bytecode
grouped by source line, computed by the interpreter that will run it.

Runs inside the sandbox (standard library only): compiling hostile source can still
exhaust memory or the stack, so the server never does it itself. Nothing of the program
runs here. Prints one JSON object.
"""

from __future__ import annotations

import ast
import dis
import io
import json
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
    return found


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
            if instruction.starts_line is not None or not lines:
                lines.append({"line": instruction.starts_line or 0, "ops": []})
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
