"""The one loader of settings: defaults, then `pyascent.toml`, the environment, the flags.

Every value is validated once, by the table's model, and a bad one is reported where it was
written: the file, line and key, the environment variable, or the flag.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pyascent.services.errors import ServiceError
from pyascent.services.settings import (
    SETTINGS_SCHEMA_VERSION,
    Settings,
    Source,
    info_of,
    settings_table,
)


@dataclass(frozen=True)
class LoadedSettings:
    """Settings plus where each value came from (for `pyascent settings`)."""

    settings: Settings
    sources: Mapping[str, Source]
    file: Path | None


def load_settings(
    *,
    toml_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    flags: Mapping[str, Any] | None = None,
    cwd: Path | None = None,
) -> LoadedSettings:
    """Combine defaults, a workspace file, the environment and flags, validated once.

    Relative paths in the file are relative to the file's folder; from the environment or a
    flag, relative to `cwd`.

    Raises:
        ServiceError: naming the file, line and key (or the variable, or the flag) of a bad
            value, and what is allowed.
    """
    environ = os.environ if env is None else env
    here = (cwd or Path.cwd()).resolve()
    values: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    lines: dict[str, int | None] = {}
    if toml_file is not None:
        found = _read_toml(toml_file)
        for name, (value, line) in found.items():
            values[name] = _resolved(name, value, toml_file.parent)
            sources[name] = Source.TOML
            lines[name] = line
    for row in settings_table():
        if row.env_var and row.env_var in environ and environ[row.env_var] != "":
            values[row.name] = _resolved(row.name, environ[row.env_var], here)
            sources[row.name] = Source.ENV
    for name, value in (flags or {}).items():
        if value is None:
            continue
        if name not in Settings.model_fields:
            raise KeyError(name)  # a shell passed a flag the table does not know: our bug
        values[name] = _resolved(name, value, here)
        sources[name] = Source.FLAG
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        raise ServiceError(_explain(exc, sources, lines, toml_file)) from exc
    everything = {row.name: sources.get(row.name, Source.DEFAULT) for row in settings_table()}
    return LoadedSettings(settings, everything, toml_file)


def default_home(env: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if env is None else env
    base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "pyascent"


def _resolved(name: str, value: Any, base: Path) -> Any:
    """Paths given relative to a file or the current folder become absolute at once."""
    if not isinstance(value, str | Path) or str(value) == "":
        return value
    text = str(value)
    if name == "course" and text != "builtin":
        return str((base / text).resolve())
    if name == "database" and "://" not in text:
        return str((base / text).resolve())
    if name == "home":
        return (base / text).resolve()
    return value


def _read_toml(path: Path) -> dict[str, tuple[Any, int | None]]:
    """The settings a workspace file sets, each with its line; unknown keys are refused."""
    try:
        text = path.read_text("utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise ServiceError(f"Cannot read {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise ServiceError(f"{path}: not UTF-8 text (byte {exc.start}). Save it as UTF-8.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ServiceError(f"{path}: invalid TOML: {exc}.") from exc
    by_key = {row.toml_key: row.name for row in settings_table() if row.toml_key}
    sections = {key.split(".")[0] for key in by_key if "." in key}
    found: dict[str, tuple[Any, int | None]] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key in sections:
            for sub, item in value.items():
                _take(path, text, found, by_key, f"{key}.{sub}", item)
        else:
            _take(path, text, found, by_key, key, value)
    version = data.get("schema_version")
    if version is None:
        raise ServiceError(
            f"{path}: schema_version is missing. Add `schema_version = {SETTINGS_SCHEMA_VERSION}` "
            "at the top."
        )
    if isinstance(version, int) and version > SETTINGS_SCHEMA_VERSION:
        line = _line_of(text, "schema_version")
        raise ServiceError(
            f"{path}:{line} [schema_version]: {version} was written by a newer pyascent; this "
            f"one reads version {SETTINGS_SCHEMA_VERSION}. Upgrade pyascent."
        )
    return found


def _take(
    path: Path,
    text: str,
    found: dict[str, tuple[Any, int | None]],
    by_key: Mapping[str, str],
    key: str,
    value: Any,
) -> None:
    line = _line_of(text, key)
    if key not in by_key:
        known = ", ".join(sorted(by_key))
        raise ServiceError(f"{path}:{line} [{key}]: unknown setting. Known settings: {known}.")
    found[by_key[key]] = (value, line)


def _line_of(text: str, key: str) -> int | None:
    """The line that sets `key` ("section.name" or a top-level name), for error messages."""
    section, _, name = key.rpartition(".")
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line.strip("[]").strip()
            continue
        if current == section and line.split("=", 1)[0].strip().strip('"') == name and "=" in line:
            return number
    return None


def _explain(
    exc: ValidationError,
    sources: Mapping[str, Source],
    lines: Mapping[str, int | None],
    toml_file: Path | None,
) -> str:
    problems = []
    for error in exc.errors():
        name = str(error["loc"][0]) if error["loc"] else "?"
        message = error["msg"]
        if name in Settings.model_fields:
            row = info_of(name)
            source = sources.get(name, Source.DEFAULT)
            if source is Source.TOML and toml_file is not None:
                where = f"{toml_file}:{lines.get(name)} [{row.toml_key}]"
            elif source is Source.ENV:
                where = f"environment variable {row.env_var}"
            elif source is Source.FLAG:
                where = f"option {row.flag}"
            else:
                where = name
        else:
            where = name
        problems.append(f"{where}: {message}")
    return "Invalid setting: " + "; ".join(problems)
