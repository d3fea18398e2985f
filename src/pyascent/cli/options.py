"""Typer options generated from the settings table, so `--help` and the docs agree.

A flag's default is always None here: None means "not given", and the settings loader
decides the value (file, environment or the table's default). That keeps every default in
the one table.
"""

from __future__ import annotations

from typing import Any

import typer

from pyascent.services import info_of


def setting_option(name: str, *aliases: str, **typer_args: Any) -> Any:
    """The option for setting `name`: its flag, help and default text from the table."""
    row = info_of(name)
    if row.flag is None:
        raise KeyError(f"setting {name} has no command-line flag")
    return typer.Option(row.flag, *aliases, help=row.help_with_default(), **typer_args)
