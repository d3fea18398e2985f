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
    if not setup.loopback:
        console.print(
            "[yellow]warning:[/] listening beyond this machine; there are no accounts yet, "
            "so everyone who can reach it shares one learner's progress."
        )
    console.print(
        f"Open [bold]http://{settings.host}:{settings.port}/[/] in your browser (Ctrl+C stops)."
    )
    run_server(app, settings.host, settings.port)
