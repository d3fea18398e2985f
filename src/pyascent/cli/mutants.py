"""`pyascent mutants EXERCISE_DIR`: which slightly wrong programs do the hidden tests accept?"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.syntax import Syntax

from pyascent.cli.options import setting_option
from pyascent.cli.render import make_console
from pyascent.services import ExerciseMutants, mutants_of_exercise

console = make_console()


def mutants_command(
    exercise_dir: Annotated[Path, typer.Argument(help="The exercise folder to analyse.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
    workers: Annotated[int | None, setting_option("workers")] = None,
    min_score: Annotated[float | None, setting_option("min_mutant_score")] = None,
) -> None:
    """Mutate the reference solution and grade every mutant with the hidden tests; list the
    survivors (wrong programs the tests accept) as diffs. Exit 1 when any survivor is not
    declared equivalent in .meta/mutants.toml (or the score is below --min-score)."""
    if as_json:
        result = mutants_of_exercise(exercise_dir, workers, min_score)
        print(json.dumps(result.as_dict(), indent=2))
    else:
        with progress_bar() as advance:
            result = mutants_of_exercise(exercise_dir, workers, min_score, advance)
        show_exercise(result)
    raise typer.Exit(0 if result.ok else 1)


@contextmanager
def progress_bar(what: str = "grading mutants") -> Iterator[Callable[[int, int, str], None]]:
    """A transient bar for a long grader fan-out; yields the callback that advances it."""
    with Progress(
        TextColumn(what),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # a pipe gets the report only
    ) as bar:
        task = bar.add_task("", total=None)

        def advance(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label)

        yield advance


def show_exercise(result: ExerciseMutants) -> None:
    counts = result.counts()
    colour = "green" if result.ok else "red"
    console.print(
        f"[bold]{result.exercise.id}[/]: {counts['total']} mutants, "
        f"[{colour}]{counts['killed']} killed, {counts['survived']} survived[/], "
        f"{counts['equivalent']} equivalent (score {result.score:.0f} %)"
    )
    for mutant in result.survived:
        console.print(
            f"\n[yellow]survivor {mutant.id}[/] {mutant.file}:{mutant.line} "
            f"{mutant.operator}: {mutant.description}",
            highlight=False,
        )
        console.print(Syntax(mutant.diff.rstrip("\n"), "diff", theme="ansi_dark"))
    for mutant, reason in result.equivalent:
        console.print(f"[dim]equivalent {mutant.id}: {reason}[/]", highlight=False)
    # Survivors were shown above as diffs; list the other problems only.
    shown = tuple(f"mutant {m.id} survives" for m in result.survived)
    others = [p for p in result.problems if not p.message.startswith(shown)]
    if result.survived and not result.ok:
        console.print(f"\n[red]{len(result.survived)} surviving mutant(s) fail the gate.[/]")
    if others:
        console.print(f"\n[red]{len(others)} problem(s):[/]")
        for problem in others:
            console.print(f"  {problem}", markup=False, highlight=False)
