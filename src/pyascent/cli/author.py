"""`pyascent course ...`: tools for people who write course packs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from pyascent.cli.options import setting_option
from pyascent.cli.render import make_console
from pyascent.services import (
    CourseReport,
    builtin_course_path,
    check_course,
    check_course_mutants,
    topic_catalogue,
)

course_app = typer.Typer(help="Tools for course authors.", no_args_is_help=True)
console = make_console()


@course_app.command("check")
def check_command(
    path: Annotated[
        Path | None, typer.Argument(help="Course pack folder (default: the built-in course).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON report.")] = False,
    workers: Annotated[int | None, setting_option("workers")] = None,
    mutants: Annotated[
        bool,
        typer.Option(
            "--mutants",
            help="Also grade mutants of every reference solution: a survivor is a test gap.",
        ),
    ] = False,
    min_score: Annotated[float | None, setting_option("min_mutant_score")] = None,
    record_answers: Annotated[
        bool,
        typer.Option(
            "--record-answers",
            help="Write what each predict snippet (and Parsons solution without `expected`) "
            "prints into its module's quiz-answers.toml, instead of failing on a changed "
            "answer. Review the diff before you commit it.",
        ),
    ] = False,
) -> None:
    """Prove a course pack sound: schema, ids, topics, prerequisites, and every solution,
    starter and mistake run through the real grader; every quiz prints its recorded
    answer. Exit 1 on any defect."""
    target = (path or builtin_course_path()).resolve()
    if mutants and record_answers:
        console.print("[red]Use --record-answers without --mutants.[/]")
        raise typer.Exit(2)
    if mutants:
        check_with_mutants(target, as_json, workers, min_score)
    if as_json:
        report = check_course(target, None, workers, record_answers=record_answers)
        print(json.dumps(report.as_dict(), indent=2))
    else:
        from pyascent.cli.mutants import progress_bar

        with progress_bar("checking") as advance:
            report = check_course(target, None, workers, advance, record_answers)
        show_report(report)
    raise typer.Exit(0 if report.ok else 1)


def check_with_mutants(
    target: Path, as_json: bool, workers: int | None, min_score: float | None
) -> None:
    """`course check --mutants`: the course check, then every exercise's mutants."""
    from pyascent.cli.mutants import progress_bar, show_exercise

    if as_json:
        report = check_course_mutants(target, workers, min_score)
        print(json.dumps(report.as_dict(), indent=2))
        raise typer.Exit(0 if report.ok else 1)
    with progress_bar("checking") as advance:
        report = check_course_mutants(target, workers, min_score, on_progress=advance)
    show_report(report.course)
    counts = report.counts()
    judged = counts["killed"] + counts["survived"]
    rate = 100 * counts["killed"] / judged if judged else 100.0
    console.print(
        f"Mutants: {counts['total']} in {len(report.exercises)} exercises, {counts['killed']} "
        f"killed, {counts['survived']} survived, {counts['equivalent']} equivalent "
        f"(kill rate {rate:.1f} %), {report.seconds:.1f} s in all"
    )
    for exercise in report.exercises:
        if exercise.survived or exercise.problems:
            show_exercise(exercise)
    raise typer.Exit(0 if report.ok else 1)


def show_report(report: CourseReport) -> None:
    console.print(
        f"{report.path}: {report.exercises} exercises, {report.checks} grader runs "
        f"in {report.seconds:.1f} s"
    )
    for note in report.skipped:
        console.print(f"[yellow]skipped[/] {note}")
    if report.answers_recorded is not None:
        console.print(
            f"Recorded {report.answers_recorded} quiz answer(s) in the modules' "
            "quiz-answers.toml files: review them with `git diff` before you commit."
        )
    if report.coverage is not None:
        cov = report.coverage
        catalogue = topic_catalogue()
        table = Table(title="Topic coverage", title_justify="left")
        table.add_column("phase")
        table.add_column("lessons", justify="right")
        table.add_column("exercises", justify="right")
        table.add_column("both", justify="right")
        for number, title in sorted(catalogue.phase_titles.items()):
            ids = {t.id for t in catalogue.topics if t.phase == number}
            both = ids & cov.by_lessons & cov.by_exercises
            table.add_row(
                f"{number} {title}",
                f"{len(ids & cov.by_lessons)}/{len(ids)}",
                f"{len(ids & cov.by_exercises)}/{len(ids)}",
                f"{100 * len(both) // max(1, len(ids))} %",
            )
        console.print(table)
        gaps = [t for t in cov.uncovered if t.split(".")[0] in report.topic_prefixes]
        if gaps:
            console.print(
                f"[yellow]Not yet taught and practised in these modules:[/] {', '.join(gaps)}"
            )
    if report.ok:
        console.print("[green]No problems found.[/]")
        return
    console.print(f"[red]{len(report.problems)} problem(s):[/]")
    for problem in report.problems:
        console.print(f"  {problem}", markup=False, highlight=False)
