"""`pyascent doctor`: the isolation layers this machine offers, proved by a real check;
with a queue, whether it answers and which workers beat."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from pyascent.services import Settings, queue_report, run_doctor


def show_doctor(settings: Settings, console: Console) -> bool:
    """Print the report; False when the probe check did not pass."""
    if settings.queue:
        for key, value in queue_report(settings).items():
            shown = ", ".join(value) if isinstance(value, list) else value
            console.print(f"Queue {key.replace('_', ' ')}: {escape(str(shown))}")
    report = run_doctor()
    console.print(f"Python: {report.python}")
    console.print(f"Running as: {'root' if report.capabilities.is_root else 'an ordinary user'}")
    for name, active, detail in report.layers():
        mark = "[green]✓[/]" if active else "[red]✗[/]"
        console.print(f" {mark} {name:13} {detail if active else 'not available'}")
    for note in report.capabilities.notes:
        console.print(f"   [yellow]note:[/] {note}")
    probe = report.probe
    colour = "green" if probe.passed else "red"
    how = (
        "verified: tests and your code in separate processes"
        if probe.verified
        else "single-process"
    )
    console.print(
        f"Probe check: [{colour}]{probe.status}[/] in {probe.duration_ms} ms ({how}), with:"
    )
    for layer in probe.sandbox:
        console.print(f"   - {layer}")
    if not probe.passed:
        console.print(f"[red]{probe.summary}[/]")
    return probe.passed
