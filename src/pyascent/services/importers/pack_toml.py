"""Write the few TOML shapes a pack needs (strings, whole numbers, lists of them).

The standard library reads TOML but cannot write it, and these files are simple enough not
to need a dependency. Strings go out as TOML basic strings; JSON's escapes are a subset of
TOML's, apart from DEL, which TOML also wants escaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

Value = str | int | Sequence[str] | Sequence[int]


def toml_value(value: Value) -> str:
    if isinstance(value, bool):  # bool is an int: refuse it rather than write 1
        raise TypeError("booleans are not used in pack files")
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, int):
        return str(value)
    items = [toml_value(v) for v in value]
    one_line = "[" + ", ".join(items) + "]"
    if len(one_line) <= 88 and "\n" not in one_line:
        return one_line
    return "[\n" + "".join(f"    {item},\n" for item in items) + "]"


def toml_document(fields: Sequence[tuple[str, Value]]) -> str:
    """Top-level `key = value` lines, in the order given."""
    return "".join(f"{key} = {toml_value(value)}\n" for key, value in fields)
