"""`pyascent watch`: re-grade on every save, like rustlings; move on when it passes."""

from __future__ import annotations

import threading
from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from watchfiles import Change, watch

from pyascent.cli.render import verdict_view
from pyascent.services import Exercise, LearnerService, ServiceError

STEP_MS = 30


def watch_loop(
    service: LearnerService,
    key: str | None,
    console: Console,
    stop: threading.Event | None = None,
) -> None:
    exercise: Exercise | None = service.resolve(key)
    while exercise is not None:
        service.select(exercise)
        folder = service.exercise_dir(exercise)
        console.rule(f"{exercise.title}  ({exercise.id})")
        console.print(Markdown(exercise.instructions))
        console.print(
            f"\nEdit [bold]{service.main_file(exercise)}[/] and save: it is checked at once. "
            "Ctrl+C stops."
        )
        exercise = _watch_one(service, exercise, folder, console, stop)
    if stop is None or not stop.is_set():
        console.print("[green]Every exercise is done. Well done![/]")


def _watch_one(
    service: LearnerService,
    exercise: Exercise,
    folder: Path,
    console: Console,
    stop: threading.Event | None,
) -> Exercise | None:
    names = set(exercise.files)

    def relevant(change: Change, path: str) -> bool:
        if change == Change.deleted:
            return False
        try:  # files may be in folders (notes/models.py, .github/workflows/ci.yml)
            return Path(path).resolve().relative_to(folder.resolve()).as_posix() in names
        except ValueError:
            return False

    for _changes in watch(folder, watch_filter=relevant, step=STEP_MS, stop_event=stop):
        try:
            outcome = service.check(exercise.id, source="watch")
        except ServiceError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            continue
        console.print(verdict_view(outcome.verdict, exercise.title))
        if outcome.verdict.passed:
            following = outcome.next_exercise
            if following is None:
                return None
            console.print(f"[green]Passed![/] Moving on to [bold]{following.id}[/].")
            return following
    return None
