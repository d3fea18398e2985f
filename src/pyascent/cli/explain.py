"""`pyascent explain FILE`: what a program does, step by step, in words, in the terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from pyascent.cli.render import make_console
from pyascent.services import END_WORDS, explain_file

console = make_console()


def explain_command(
    file: Annotated[Path, typer.Argument(help="The Python file to explain.")],
    stdin: Annotated[
        Path | None,
        typer.Option("--input", help="A text file whose lines answer input(), one per call."),
    ] = None,
    last: Annotated[
        int, typer.Option("--last", help="Show only the last N steps (0: every step).")
    ] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the trace as JSON.")] = False,
) -> None:
    """Run FILE in the sandbox under the explorer and say what each step did, then show
    the final variables and output. Nothing is graded."""
    exploration = explain_file(file, stdin)
    if as_json:
        print(json.dumps(exploration.as_json()))
        return
    narration = exploration.narration
    start = max(0, len(narration) - last) if last else 0
    if start:
        console.print(f"[dim]... {start} earlier steps[/]")
    for number, words in enumerate(narration[start:], start=start + 1):
        console.print(f"[dim]{number:>5}[/] {escape(words)}", highlight=False)
    end = exploration.trace.end
    reason = str(end.get("reason"))
    console.print()
    console.print(f"[bold]{escape(END_WORDS.get(reason, reason))}[/]")
    exc = end.get("exc")
    if isinstance(exc, dict):
        where = f" (line {exc['ln']})" if exc.get("ln") else ""
        console.print(f"{escape(str(exc.get('type')))}: {escape(str(exc.get('msg', '')))}{where}")
    for name, bindings in exploration.final_frames():
        table = Table(title=f"{name}", title_justify="left", show_header=False)
        for key, value in bindings:
            table.add_row(escape(key), escape(value))
        if bindings:
            console.print(table)
    if exploration.final.stdout:
        console.print("[bold]Output[/]")
        console.print(escape(exploration.final.stdout), highlight=False, end="")
