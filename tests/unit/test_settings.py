"""The settings table: one source for every option, documented, loaded in one order."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
import typer

from pyascent.cli.app import app as cli_app
from pyascent.cli.author import course_app
from pyascent.services import ServiceError, Settings, Source, load_settings, settings_table
from pyascent.services.settings_doc import settings_markdown, workspace_file

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "pyascent"
# schema_version is also the name of every content file's format version: not a setting there.
NAMES = {row.name for row in settings_table()} - {"schema_version"}


def test_the_docs_page_is_generated_from_the_table() -> None:
    page = (ROOT / "docs" / "settings.md").read_text("utf-8")
    assert page == settings_markdown(), (
        "docs/settings.md is stale: run `.venv/bin/pyascent settings --docs > docs/settings.md`"
    )
    for row in settings_table():
        assert f"| `{row.name}` |" in page


def test_every_setting_is_documented_and_reachable() -> None:
    for row in settings_table():
        assert row.option.help.strip().endswith("."), row.name
        assert row.toml_key or row.env_var or row.flag, f"{row.name} cannot be set anywhere"
        if row.env_var:
            assert row.env_var == "PYASCENT_" + row.name.upper()


def _commands() -> list[Any]:
    """Every command of `pyascent` and `pyascent course` (Typer may bring its own click)."""
    found: list[Any] = []
    for typer_app in (cli_app, course_app):
        group: Any = typer.main.get_command(typer_app)
        found += list(group.commands.values()) if hasattr(group, "commands") else [group]
    return found


def test_flags_take_their_help_from_the_table_and_leave_defaults_to_it() -> None:
    flags = {row.flag: row for row in settings_table() if row.flag}
    seen = set()
    for command in _commands():
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt in flags:
                    seen.add(opt)
                    assert param.default is None, f"{command.name} {opt} has its own default"
                    assert param.help == flags[opt].help_with_default()
    assert seen == set(flags), f"flags in the table but on no command: {set(flags) - seen}"


def test_no_default_of_a_setting_is_written_outside_the_table() -> None:
    """A parameter or field named like a setting may not carry its own default."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "settings.py" and path.parent.name == "services":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            for name, default in _defaults_of(node):
                if name in NAMES and not _is_none(default):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")  # type: ignore[attr-defined]
    assert not offenders, "defaults written outside the settings table: " + ", ".join(offenders)


def _defaults_of(node: ast.AST) -> list[tuple[str, ast.expr]]:
    """(name, default) of a function's parameters, or of an annotated field with a value."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        args = node.args
        positional = args.posonlyargs + args.args
        with_default = positional[len(positional) - len(args.defaults) :]
        pairs = [(a.arg, d) for a, d in zip(with_default, args.defaults, strict=True)]
        keywords = zip(args.kwonlyargs, args.kw_defaults, strict=True)
        return pairs + [(a.arg, d) for a, d in keywords if d is not None]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
        return [(node.target.id, node.value)]
    return []


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def test_precedence_default_then_file_then_environment_then_flag(tmp_path: Path) -> None:
    file = tmp_path / "pyascent.toml"
    file.write_text("schema_version = 1\n[server]\nport = 9001\nrate_burst = 5\nhost = 'a'\n")
    loaded = load_settings(
        toml_file=file,
        env={"PYASCENT_PORT": "9002", "PYASCENT_HOST": "b"},
        flags={"host": "c", "workers": None},
    )
    settings = loaded.settings
    assert (settings.rate_burst, settings.port, settings.host) == (5, 9002, "c")
    assert settings.backlog == Settings().backlog
    assert loaded.sources["rate_burst"] is Source.TOML
    assert loaded.sources["port"] is Source.ENV
    assert loaded.sources["host"] is Source.FLAG
    assert loaded.sources["backlog"] is Source.DEFAULT


def test_a_bad_value_in_the_file_names_file_line_and_key(tmp_path: Path) -> None:
    file = tmp_path / "pyascent.toml"
    file.write_text('schema_version = 1\n\n[tutor]\nsolution_policy = "sometimes"\n')
    with pytest.raises(ServiceError) as error:
        load_settings(toml_file=file, env={})
    message = str(error.value)
    assert f"{file}:4 [tutor.solution_policy]" in message
    assert "'after-pass'" in message


def test_unknown_keys_and_newer_files_are_refused(tmp_path: Path) -> None:
    file = tmp_path / "pyascent.toml"
    file.write_text("schema_version = 1\n[server]\ncolour = 'red'\n")
    with pytest.raises(ServiceError, match=r":3 \[server.colour\]: unknown setting"):
        load_settings(toml_file=file, env={})
    file.write_text("schema_version = 2\n")
    with pytest.raises(ServiceError, match=r":1 \[schema_version\]: 2 was written by a newer"):
        load_settings(toml_file=file, env={})
    file.write_text("course = 'builtin'\n")
    with pytest.raises(ServiceError, match="schema_version is missing"):
        load_settings(toml_file=file, env={})
    file.write_text("schema_version = [\n")
    with pytest.raises(ServiceError, match="invalid TOML"):
        load_settings(toml_file=file, env={})


def test_a_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ServiceError, match="environment variable PYASCENT_PORT"):
        load_settings(env={"PYASCENT_PORT": "eighty"})
    with pytest.raises(ServiceError, match="option --port"):
        load_settings(env={}, flags={"port": 0})


def test_relative_paths_follow_where_they_were_written(tmp_path: Path) -> None:
    file = tmp_path / "ws" / "pyascent.toml"
    file.parent.mkdir()
    file.write_text("schema_version = 1\ndatabase = 'data/p.db'\n")
    from_file = load_settings(toml_file=file, env={}).settings
    assert from_file.database == str(tmp_path / "ws" / "data" / "p.db")
    from_env = load_settings(env={"PYASCENT_DATABASE": "x.db"}, cwd=tmp_path).settings
    assert from_env.database == str(tmp_path / "x.db")
    url = load_settings(env={}, flags={"database": "postgresql+psycopg://u@h/db"}).settings
    assert url.database == "postgresql+psycopg://u@h/db"


def test_a_new_workspace_file_loads_back_to_the_defaults(tmp_path: Path) -> None:
    file = tmp_path / "pyascent.toml"
    file.write_text(workspace_file({"course": "builtin", "database": "p.db"}))
    settings = load_settings(toml_file=file, env={}).settings
    expected = Settings(database=str(tmp_path / "p.db"))
    assert settings == expected
    for row in settings_table():
        if row.toml_key:
            assert f"{row.name} =" in file.read_text(), f"{row.name} missing from the file"
