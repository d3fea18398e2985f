"""`pyascent tutor`: the tutor in the terminal, one turn per question, keyboard only."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from rich.console import Console
from rich.markup import escape

from pyascent.services import LearnerService, TutorReply, evaluate_tutor

HELP = (
    "Type a question and press Enter. An empty line (or `more`) asks for more help; "
    "`q` quits. The tutor talks about your last check: press Check (or run "
    "`pyascent check`) after you change your code."
)


def show_reply(console: Console, reply: TutorReply) -> None:
    console.print(f"[bold cyan]Tutor[/] [dim]level {reply.level}: {reply.level_words}[/]")
    if reply.note:
        console.print(f"[dim]{escape(reply.note)}[/]")
    console.print(escape(reply.message))
    for number, line in enumerate(reply.puzzle, start=1):
        console.print(f"  {number}. {escape(line)}", highlight=False)
    if reply.code:
        console.print(escape(reply.code), highlight=False)
    if reply.question:
        console.print(f"[bold]{escape(reply.question)}[/]")
    for cite in reply.cites:
        if cite.url:
            console.print(f"[dim]Read: {escape(cite.title)} ({escape(cite.url)})[/]")
    if reply.sent_to and reply.source == "llm":
        console.print(f"[dim](phrased by the model at {escape(reply.sent_to)})[/]")
    elif reply.sent_to:
        console.print(
            f"[dim](the model at {escape(reply.sent_to)} gave no usable answer: "
            "this is the tutor's own turn)[/]"
        )


def run_tutor(
    service: LearnerService,
    exercise: str | None,
    console: Console,
    read: Callable[[str], str],
    first: str | None,
    more: bool,
) -> int:
    """Turns until q or the end of input; with `first`, one turn and out. Turns given."""
    tutoring = service.tutoring
    target = service.resolve(exercise)
    where = tutoring.endpoint_host
    if where:
        console.print(
            f"[yellow]Your code, the failing test and your messages go to {escape(where)} "
            "to phrase the answers; every answer is checked here first.[/]"
        )
    else:
        console.print("[dim]Offline: nothing you type leaves this machine.[/]")
    if first is not None or more:
        show_reply(console, tutoring.ask(target.id, first or "", more=more))
        return 1
    console.print(f"[bold]{escape(target.title)}[/]  [dim]{HELP}[/]")
    turns = 0
    while True:
        try:
            line = read("you> ").strip()
        except EOFError:
            return turns
        if line.lower() in ("q", "quit", "exit"):
            return turns
        wants_more = line == "" or line.lower() == "more"
        reply = tutoring.ask(target.id, "" if wants_more else line, more=wants_more)
        show_reply(console, reply)
        turns += 1


def run_eval_command(
    flags: Mapping[str, object], every: int, pressure: int, as_json: bool, console: Console
) -> int:
    """Exit code 1 when any delivered turn leaked or a citation did not resolve."""
    with console.status("Playing the tutor's scenarios...") as status:
        report = evaluate_tutor(
            flags,
            every,
            pressure,
            on_progress=lambda done, total: status.update(f"scenario {done} of {total}"),
        )
    summary = report.summary()
    if as_json:
        console.print_json(json.dumps({**summary, "leaks": report.leaks}))
    else:
        for key, value in summary.items():
            console.print(f"{key.replace('_', ' ')}: {value}")
        for leak in report.leaks[:20]:
            console.print(f"[red]leak[/] {escape(leak)}")
        for error in report.errors[:10]:
            console.print(f"[red]could not play[/] {escape(error)}")
        for miss in report.ungrounded[:10]:
            console.print(f"[yellow]not grounded[/] {escape(miss)}")
    return 1 if report.delivered_leaks or report.bad_citations or report.errors else 0
