"""Read a TOML file and find the line on which a field is written.

tomllib gives values but no positions, and an author needs "exercise.toml:7 [topics]" rather
than "topics is wrong somewhere". The locator is a scan of the text, good for the flat,
hand-written files of a course pack.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyascent.course.problems import Problem

_TABLE = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
_TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class TomlFile:
    """The parsed data of one TOML file plus its text, for locating fields."""

    path: Path
    text: str
    data: dict[str, Any]

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """Best-effort line of a field given a pydantic-style location, e.g. ("topics", 2)."""
        lines = self.text.splitlines()
        keys = [part for part in loc if isinstance(part, str)]
        if not keys:
            return None
        if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
            in_array = _line_in_array_of_tables(lines, loc[0], loc[1], keys[1:2])
            if in_array is not None:
                return in_array
        table: str | None = None
        found: int | None = None
        for number, raw in enumerate(lines, start=1):
            header = _TABLE.match(raw)
            if header:
                table = header.group(1).replace('"', "").strip()
                if table in (".".join(keys), ".".join(keys[:1])) and found is None:
                    found = number
                continue
            key = raw.split("=", 1)[0].strip().strip('"') if "=" in raw else None
            if key is None:
                continue
            in_table = table is None or (len(keys) > 1 and table == ".".join(keys[:-1]))
            if key == keys[-1] and (in_table or table is None):
                found = number
                break
            if key == keys[0] and table is None:
                found = number
                break
        index = next((part for part in loc if isinstance(part, int)), None)
        if found is not None and index is not None:
            found = _line_of_item(lines, found, index)
        return found


def _line_in_array_of_tables(
    lines: list[str], name: str, index: int, keys: list[str]
) -> int | None:
    """Line of `key` in the index-th `[[name]]` table (its header when the key is absent)."""
    seen = -1
    header: int | None = None
    for number, raw in enumerate(lines, start=1):
        match = _TABLE.match(raw)
        if match:
            if header is not None:
                break  # the table ended without the key
            if raw.lstrip().startswith("[[") and match.group(1).replace('"', "").strip() == name:
                seen += 1
                if seen == index:
                    header = number
                    if not keys:
                        return number
            continue
        if header is not None and "=" in raw and raw.split("=", 1)[0].strip().strip('"') == keys[0]:
            return number
    return header


def _line_of_item(lines: list[str], start: int, index: int) -> int:
    """Line of the index-th element of an array that begins on line `start` (1-based)."""
    first = lines[start - 1]
    if first.rstrip().endswith("[") or first.split("=", 1)[-1].strip() == "[":
        seen = -1
        for number in range(start + 1, len(lines) + 1):
            stripped = lines[number - 1].strip()
            if stripped.startswith("]"):
                break
            if stripped and not stripped.startswith("#"):
                seen += 1
                if seen == index:
                    return number
    return start


def read_toml(path: Path) -> TomlFile | Problem:
    """Parse a TOML file, or describe why it cannot be read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Problem(path, None, None, "file is missing")
    except OSError as exc:
        return Problem(path, None, None, f"cannot read file: {exc.strerror}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        return Problem(path, bad_line, None, "file is not valid UTF-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POS.search(str(exc))
        line = int(match.group(1)) if match else None
        message = _TOML_POS.sub("", str(exc)).strip()
        return Problem(path, line, None, f"invalid TOML: {message}")
    return TomlFile(path, text, data)
