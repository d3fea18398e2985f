"""`pyascent import ...`: turn course material from elsewhere into a pyascent pack."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from pyascent.cli.render import make_console
from pyascent.services import ImportReport, import_exercism

import_app = typer.Typer(
    help="Import exercises from elsewhere as a course pack.", no_args_is_help=True
)
console = make_console()


@import_app.command("exercism")
def exercism_command(
    track_dir: Annotated[
        Path, typer.Argument(help="A local clone of an Exercism track (holding config.json).")
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Folder to write the pack to (default: ./exercism-<track>)."),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a pack imported there before.")
    ] = False,
    single_process: Annotated[
        bool,
        typer.Option(
            "--single-process",
            help="Grade the pack's tests and learner code in one process (verdicts unverified).",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
) -> None:
    """Convert an Exercism track into a pack; list what could not be converted and why.

    Exit 0 when every exercise converted (deprecated ones aside), 1 when some could not be
    (the rest is still written), 2 when the track cannot be read at all."""
    mode: Literal["verified", "single-process"] = "single-process" if single_process else "verified"
    report = import_exercism(track_dir, out, replace=replace, mode=mode)
    if as_json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        show_report(report)
    raise typer.Exit(0 if report.ok else 1)


def show_report(report: ImportReport) -> None:
    """Per module counts, the exercises without hints on one line, other notes, then what
    was not converted: a real track has over a hundred exercises, most without hints."""
    if report.pack is None:
        console.print(f"[red]Nothing in {report.track} could be converted; no pack written.[/]")
    else:
        console.print(
            f"Converted {len(report.converted)} exercise(s) of the {report.language} track into "
            f"{len(report.modules)} module(s): [bold]{report.pack}[/]"
        )
        modules = Table("module", "exercises", title="Modules", title_justify="left")
        for module in report.modules:
            ids = [c.id for c in report.converted if c.module == module]
            modules.add_row(module, ", ".join(ids))
        console.print(modules)
        without = [c.id for c in report.converted if c.hints == 0]
        if without:
            console.print(
                f"[yellow]No hints[/] (the track has no hints for them): {', '.join(without)}",
                highlight=False,
            )
        notes = Table("exercise", "note", title="Notes", title_justify="left")
        for item in report.converted:
            for note in item.notes:
                if not note.endswith("has no hints"):
                    notes.add_row(item.id, note)
        if notes.row_count:
            console.print(notes)
    if report.skipped:
        table = Table(title="Not converted", title_justify="left")
        for column in ("exercise", "file", "field", "why"):
            table.add_column(column, overflow="fold")  # never cut a path short: it is the point
        for skip in report.skipped:
            why = f"{skip.reason} (left out)" if skip.left_out else skip.reason
            table.add_row(skip.exercise or "-", skip.file, skip.field or "-", why)
        console.print(table)
    if report.pack is not None:
        console.print(f"Next: pyascent course check {report.pack}")
