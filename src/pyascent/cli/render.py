"""Rich renderings of verdicts, the roadmap and progress, written for a beginner's eyes."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from pyascent.services import ProgressSummary, RoadmapPhase, TestResult, Verdict

STATUS_STYLE = {
    "passed": ("✓", "green"),
    "failed": ("✗", "red"),
    "error": ("!", "red"),
    "timeout": ("⏱", "yellow"),
    "skipped": ("-", "dim"),
    "not-run": ("-", "dim"),
}
EXERCISE_STYLE = {"done": ("✓ done", "green"), "attempted": ("… attempted", "yellow")}
SHOWN_TESTS_OPEN = 1


def verdict_view(verdict: Verdict, title: str) -> RenderableType:
    icon, colour = STATUS_STYLE[verdict.status]
    header = Text.assemble(
        (f"{icon} {verdict.status.upper()} ", f"bold {colour}"),
        (title, "bold"),
        (f"  ({verdict.duration_ms} ms)", "dim"),
    )
    parts: list[RenderableType] = [header, Text(verdict.summary)]
    if verdict.tests and not verdict.verified:
        parts.append(
            Text("Unverified: the tests ran in the same process as your code.", style="dim")
        )
    if verdict.problem is not None:
        parts.append(_problem_view(verdict))
    opened = 0
    for test in verdict.tests:
        bad = test.status not in ("passed", "skipped")
        parts.append(_test_view(test, detailed=bad and opened < SHOWN_TESTS_OPEN))
        opened += int(bad)
    if verdict.explanation and verdict.problem is None and not verdict.tests:
        parts.append(Text(verdict.explanation, style="italic"))
    return Panel(Group(*parts), border_style=colour, expand=False)


def _problem_view(verdict: Verdict) -> RenderableType:
    problem = verdict.problem
    assert problem is not None
    where = f"{problem.file}, line {problem.line}" if problem.line is not None else problem.file
    lines = [Text(f"{where}: {problem.message}", style="bold red")]
    if problem.text:
        lines.append(Text("    " + problem.text))
        if problem.pointer:
            lines.append(Text("    " + problem.pointer, style="bold red"))
    if verdict.explanation:
        lines.append(Text(verdict.explanation, style="italic"))
    return Group(*lines)


def _test_view(test: TestResult, detailed: bool) -> RenderableType:
    icon, colour = STATUS_STYLE.get(test.status, ("?", "white"))
    label = test.title or test.name
    lines: list[RenderableType] = [Text.assemble((f" {icon} ", colour), (label, colour))]
    if not detailed:
        if test.status not in ("passed", "skipped") and test.message:
            lines.append(Text("     " + test.message.splitlines()[0], style="dim"))
        return Group(*lines)
    if test.message:
        lines.append(Text("     " + test.message))
    if test.expected is not None or test.actual is not None:
        table = Table.grid(padding=(0, 1))
        table.add_row(Text("     expected:", style="green"), Text(test.expected or ""))
        table.add_row(Text("     actual:  ", style="red"), Text(test.actual or ""))
        lines.append(table)
    for frame in test.traceback:
        if frame.file == "...":
            lines.append(Text(f"       {frame.function}", style="dim"))
            continue
        lines.append(
            Text(f"     {frame.file}, line {frame.line}, in {frame.function}:", style="cyan")
        )
        lines.append(Text(f"         {frame.code}"))
    if test.explanation:
        lines.append(Text("     " + test.explanation, style="italic"))
    if test.test_code and not test.message:
        lines.append(Text.assemble(("     test: ", "dim"), (test.test_code, "dim")))
    if test.stdout:
        printed = test.stdout.rstrip()[:2000]
        lines.append(Text("     your code printed:", style="dim"))
        lines.append(Text("       " + printed.replace("\n", "\n       ")))
    if test.figures:
        count = len(test.figures)
        lines.append(
            Text(
                f"     your code drew {count} figure{'s' if count > 1 else ''}: "
                "see it under this test in the web app (pyascent serve)",
                style="dim",
            )
        )
    return Group(*lines)


def roadmap_view(phases: tuple[RoadmapPhase, ...], current: str | None) -> RenderableType:
    parts: list[RenderableType] = []
    for phase in phases:
        parts.append(
            Text.assemble(
                (f"Phase {phase.number}: {phase.title}", "bold magenta"),
                (f"  {phase.done}/{phase.total}", "dim"),
            )
        )
        for module in phase.modules:
            weeks = ", ".join(str(w) for w in module.weeks)
            table = Table(
                title=f"{module.title}  (week {weeks})",
                title_justify="left",
                show_header=False,
                box=None,
                padding=(0, 1),
            )
            table.add_column(width=2)
            table.add_column()
            table.add_column()
            table.add_column()
            for exercise in module.exercises:
                mark, style = EXERCISE_STYLE.get(exercise.status, ("· new", "dim"))
                pointer = "→" if exercise.id == current else ""
                table.add_row(pointer, escape(exercise.id), exercise.title, Text(mark, style=style))
            parts.append(table)
            parts.append(
                Group(
                    ProgressBar(
                        total=max(1, len(module.exercises)), completed=module.done, width=40
                    )
                )
            )
    return Group(*parts)


def progress_view(summary: ProgressSummary) -> RenderableType:
    table = Table(title="Your progress", title_justify="left")
    table.add_column("phase / module")
    table.add_column("done", justify="right")
    table.add_column("", width=30)
    for phase in summary.phases:
        table.add_row(
            Text(f"Phase {phase.number}: {phase.title}", style="bold"),
            f"{phase.done}/{phase.total}",
            ProgressBar(total=max(1, phase.total), completed=phase.done, width=30),
        )
        for module in phase.modules:
            table.add_row(
                "  " + module.title,
                f"{module.done}/{len(module.exercises)}",
                ProgressBar(total=max(1, len(module.exercises)), completed=module.done, width=30),
            )
    footer = Text(
        f"{summary.done} of {summary.total} exercises done · {summary.attempts} attempts · "
        f"streak {summary.streak.current} day(s) (longest {summary.streak.longest})"
    )
    return Group(table, footer)


def make_console() -> Console:
    return Console(highlight=False, soft_wrap=False)
