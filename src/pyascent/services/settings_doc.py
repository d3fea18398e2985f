"""Texts generated from the settings table: the docs page and a new workspace's file.

Generated, never written by hand, so a setting cannot be added without being documented,
and a default cannot differ between the docs, the file and the program.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from pyascent.services.settings import SETTINGS_SCHEMA_VERSION, SettingInfo, settings_table

WORKSPACE_HEADER = """\
# pyascent workspace. Edit the exercise files under the module folders; run `pyascent watch`.
# Every setting this file may hold is below; a commented-out line shows its default.
# Environment variables (PYASCENT_...) and command-line flags override this file:
# `pyascent settings` shows what is in force and where each value came from.
"""


def toml_value(value: Any) -> str:
    if isinstance(value, StrEnum):
        value = value.value
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return json.dumps(value)  # a TOML basic string: same quoting and escapes
    return str(value)


def workspace_file(chosen: dict[str, Any]) -> str:
    """A commented `pyascent.toml`: `chosen` values written out, the others as comments."""
    parts = [WORKSPACE_HEADER]
    rows = [row for row in settings_table() if row.option.section is not None]
    order = list(dict.fromkeys(row.option.section for row in rows))
    rows.sort(key=lambda row: order.index(row.option.section))  # stable: table order within
    section: str | None = ""
    for row in rows:
        if row.option.section != section:
            section = row.option.section
            parts.append(f"\n[{section}]\n")
        elif len(parts) > 1:
            parts.append("\n")
        parts.append(f"# {row.option.help}\n")
        if row.name == "schema_version":
            parts.append(f"schema_version = {SETTINGS_SCHEMA_VERSION}\n")
        elif row.name in chosen:
            parts.append(f"{row.name} = {toml_value(chosen[row.name])}\n")
        elif row.option.default_text is not None:
            parts.append(f"# {row.name} = ...  (default: {row.option.default_text})\n")
        else:
            parts.append(f"# {row.name} = {toml_value(row.default)}\n")
    return "".join(parts)


def _cell(text: str | None) -> str:
    return f"`{text}`" if text else "-"


def _row(row: SettingInfo) -> str:
    cells = [
        f"`{row.name}`",
        row.type,
        row.default_text.replace("|", "\\|"),
        _cell(row.toml_key),
        _cell(row.env_var),
        _cell(row.flag),
        row.option.help.replace("|", "\\|"),
    ]
    return "| " + " | ".join(cells) + " |"


def settings_markdown() -> str:
    """docs/settings.md; a test fails when the committed page differs from this."""
    lines = [
        "# Settings",
        "",
        "<!-- Generated from src/pyascent/services/settings.py by `pyascent settings --docs`;"
        " do not edit by hand. -->",
        "",
        "Every option pyascent reads, in one table. A value comes from, lowest first: its",
        "default, the workspace's `pyascent.toml` (inside a workspace), the environment",
        "variable, a command-line flag. `pyascent settings` prints the values in force and",
        "where each came from. A bad value is refused with the file, line and key (or the",
        "variable, or the flag) that set it.",
        "",
        "Relative paths in `pyascent.toml` are relative to the file's folder; from the",
        "environment or a flag, relative to the current folder.",
        "",
        "| setting | type | default | `pyascent.toml` | environment | flag | what it does |",
        "|---|---|---|---|---|---|---|",
        *(_row(row) for row in settings_table()),
        "",
    ]
    return "\n".join(lines)
