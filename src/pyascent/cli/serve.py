"""`pyascent serve`: the web app on this machine."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from pyascent.services import open_server


def serve(flags: dict[str, Any], console: Console) -> None:
    from pyascent.web import create_app, run_server

    setup = open_server(flags)
    settings = setup.settings
    app = create_app(settings, setup.service)
    console.print(f"pyascent: {setup.service.course.title}")
    console.print(f"Progress database: {setup.database}")
    if not setup.loopback and not setup.classroom:
        console.print(
            "[yellow]warning:[/] listening beyond this machine with no accounts, so everyone "
            "who can reach it shares one learner's progress. For a class, create the first "
            "account (`pyascent account add NAME --teacher`): every page then asks for a sign-in."
        )
    elif setup.classroom:
        console.print("Classroom mode: accounts exist, every page asks for a sign-in.")
    console.print(
        f"Open [bold]http://{settings.host}:{settings.port}/[/] in your browser (Ctrl+C stops)."
    )
    run_server(app, settings.host, settings.port)
