"""The `pyascent` command: a thin Typer shell over the services.

Every command turns a ServiceError into one clear message and exit code 2; nothing a user
does may end in a bare traceback. Over the usual size because it is the table of commands,
each a few lines that read flags and call one service, in the order `--help` lists them;
anything longer lives in a module of its own (watch, review, tutor, explain, author).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from pyascent.cli.options import setting_option
from pyascent.cli.render import make_console, progress_view, roadmap_view, verdict_view
from pyascent.services import (
    LearnerService,
    ServiceError,
    effective_settings,
    grade_file,
    init_workspace,
    load_settings,
    open_learner,
    settings_markdown,
    settings_table,
)

app = typer.Typer(
    help="pyascent: learn Python by doing. Start with `pyascent init`, then `pyascent watch`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = make_console()

WorkspaceOption = Annotated[
    Path | None,
    typer.Option("--workspace", "-w", help="Workspace folder (default: the one you are in)."),
]
ExerciseArg = Annotated[
    str | None, typer.Argument(help="Exercise id (default: the current exercise).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def learner(workspace: Path | None) -> LearnerService:
    return open_learner(workspace or Path.cwd())


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")] = Path(
        "pyascent-workspace"
    ),
    course: Annotated[str | None, setting_option("course")] = None,
) -> None:
    """Create a workspace: every exercise's starter files plus a progress database."""
    service = init_workspace(directory, course)
    try:
        first = service.current()
        console.print(
            f"Created a workspace in [bold]{directory}[/] with {len(service.course.exercises())} exercises."
        )
        console.print(f"Start here: [bold]{service.main_file(first)}[/]")
        console.print(f"Then: cd {directory} && pyascent watch")
    finally:
        service.close()


@app.command("list")
def list_exercises(workspace: WorkspaceOption = None, as_json: JsonOption = False) -> None:
    """The roadmap: phases, modules and exercises with their status."""
    service = learner(workspace)
    try:
        phases = service.roadmap()
        current = service.current().id
        if as_json:
            data = [
                {
                    "id": e.id,
                    "title": e.title,
                    "module": m.id,
                    "phase": p.number,
                    "status": e.status,
                }
                for p in phases
                for m in p.modules
                for e in m.exercises
            ]
            print(json.dumps(data, indent=2))
            return
        console.print(roadmap_view(phases, current))
    finally:
        service.close()


@app.command()
def review(workspace: WorkspaceOption = None) -> None:
    """Today's flashcards (interview questions), scheduled by FSRS: read the question,
    think of the answer, press Enter to see it, then rate 1 again, 2 hard, 3 good, 4 easy."""
    from pyascent.cli.review import run_review

    service = learner(workspace)
    try:
        run_review(service, console, console.input)
    finally:
        service.close()


@app.command("next")
def next_exercise(workspace: WorkspaceOption = None) -> None:
    """Move on to the next exercise that is not done yet and show its instructions."""
    service = learner(workspace)
    try:
        following = service.next_exercise(service.current())
        if following is None:
            console.print("[green]Every exercise is done. Well done![/]")
            return
        service.select(following)
        show_exercise(service, following.id)
        suggestion = service.what_next()
        if suggestion.kind in ("practice", "cards"):
            command = "pyascent review" if suggestion.kind == "cards" else "pyascent check"
            console.print(
                f"[cyan]Also:[/] {escape(suggestion.title)} ({escape(suggestion.reason)}): "
                f"{command}"
            )
    finally:
        service.close()


def show_exercise(service: LearnerService, key: str | None) -> None:
    exercise = service.resolve(key)
    console.print(Markdown(exercise.instructions))
    console.print(f"\nEdit: [bold]{service.main_file(exercise)}[/]   (id: {exercise.id})")


@app.command()
def check(
    exercise: ExerciseArg = None, workspace: WorkspaceOption = None, as_json: JsonOption = False
) -> None:
    """Grade your code for an exercise (exit 0 when it passes, 1 when not)."""
    service = learner(workspace)
    try:
        outcome = service.check(exercise)
        if as_json:
            print(json.dumps({**outcome.verdict.to_json(), "attempt_id": outcome.attempt_id}))
        else:
            console.print(verdict_view(outcome.verdict, outcome.exercise.title))
            if outcome.practice:
                console.print(f"[cyan]Practice:[/] {escape(outcome.practice)}")
            if outcome.verdict.passed and outcome.next_exercise is not None:
                console.print(f"Next: [bold]{outcome.next_exercise.id}[/] (pyascent next)")
    finally:
        service.close()
    raise typer.Exit(0 if outcome.verdict.passed else 1)


@app.command()
def watch(exercise: ExerciseArg = None, workspace: WorkspaceOption = None) -> None:
    """Re-check the current exercise every time you save; move on when it passes."""
    from pyascent.cli.watch import watch_loop

    service = open_learner(workspace or Path.cwd(), pooled=True)
    try:
        watch_loop(service, exercise, console)
    finally:
        service.close()


@app.command()
def hint(exercise: ExerciseArg = None, workspace: WorkspaceOption = None) -> None:
    """Show the next hint for an exercise (hints are counted)."""
    service = learner(workspace)
    try:
        shown = service.hint(exercise)
        console.print(f"[bold]Hint {shown.number} of {shown.total}:[/] {escape(shown.text)}")
        if shown.number == shown.total:
            console.print("[dim]That was the last hint.[/]")
    finally:
        service.close()


@app.command()
def solution(exercise: ExerciseArg = None, workspace: WorkspaceOption = None) -> None:
    """Show the reference solution, when the workspace's policy allows it."""
    service = learner(workspace)
    try:
        view = service.solution(exercise)
        if not view.allowed:
            console.print(f"[yellow]{view.reason}[/]")
            raise typer.Exit(1)
        console.print(f"[green]{view.reason}[/]")
        for name, text in view.files.items():
            console.print(Markdown(f"**{name}**\n\n```python\n{text}\n```"))
    finally:
        service.close()


@app.command()
def tutor(
    exercise: ExerciseArg = None,
    ask: Annotated[
        str | None, typer.Option("--ask", help="Ask one question, print the answer and stop.")
    ] = None,
    more: Annotated[
        bool, typer.Option("--more", help="Ask for the next level of help, once, and stop.")
    ] = False,
    tutor_endpoint: Annotated[str | None, setting_option("tutor_endpoint", "--endpoint")] = None,
    every: Annotated[
        int, typer.Option("--every", min=1, help="eval: the mistakes of every N-th exercise.")
    ] = 1,
    pressure: Annotated[
        int,
        typer.Option("--pressure", min=0, help="eval: exercises to play the pressure scripts on."),
    ] = 4,
    as_json: JsonOption = False,
    workspace: WorkspaceOption = None,
) -> None:
    """Talk with the tutor about an exercise: it points at what fails and why, one level
    of help at a time, and never writes your solution. Offline unless an endpoint is set.

    `pyascent tutor eval [--endpoint URL]` instead plays the tutor's scenario set (every
    mistake sample, and the pressure scripts) and reports delivered and raw leaks, grounding,
    citations and latency; with no endpoint it scores the offline ladder."""
    from pyascent.cli.tutor import run_eval_command, run_tutor

    if exercise == "eval":
        flags: dict[str, object] = {"tutor_endpoint": tutor_endpoint}
        raise typer.Exit(run_eval_command(flags, every, pressure, as_json, console))
    service = open_learner(workspace or Path.cwd(), flags={"tutor_endpoint": tutor_endpoint})
    try:
        run_tutor(service, exercise, console, input, ask, more)
    finally:
        service.close()


@app.command()
def progress(workspace: WorkspaceOption = None) -> None:
    """Completion per phase and module, attempts and your streak."""
    service = learner(workspace)
    try:
        console.print(progress_view(service.summary()))
    finally:
        service.close()


@app.command()
def reset(
    exercise: Annotated[str, typer.Argument(help="Exercise id.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Restore an exercise's starter files (your files are backed up first)."""
    service = learner(workspace)
    try:
        backup = service.reset(exercise)
        console.print(f"Restored the starter of {exercise}. Your previous files: {backup}")
    finally:
        service.close()


@app.command()
def grade(
    exercise_dir: Annotated[Path, typer.Argument(help="An exercise folder of a course pack.")],
    file: Annotated[Path, typer.Argument(help="The file to grade in place of the learner's.")],
    as_json: JsonOption = False,
) -> None:
    """Grade any file against one exercise (exit 0 passed, 1 not passed, 2 bad usage)."""
    graded = grade_file(exercise_dir, file)
    verdict = graded.verdict
    if as_json:
        print(json.dumps(verdict.to_json()))
    else:
        console.print(verdict_view(verdict, graded.exercise.title))
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def serve(
    host: Annotated[str | None, setting_option("host")] = None,
    port: Annotated[int | None, setting_option("port")] = None,
    db: Annotated[str | None, setting_option("database")] = None,
    course: Annotated[Path | None, setting_option("course")] = None,
    workers: Annotated[int | None, setting_option("workers")] = None,
    rate_burst: Annotated[int | None, setting_option("rate_burst")] = None,
    backlog: Annotated[int | None, setting_option("backlog")] = None,
    queue: Annotated[str | None, setting_option("queue")] = None,
) -> None:
    """The web app: roadmap, lessons, an editor with instant verdicts (http://127.0.0.1:8000).

    Run inside a workspace to share its progress and settings with the CLI. With --queue,
    checks go to `pyascent worker` processes (a class on several machines)."""
    from pyascent.cli.serve import serve as run_server

    flags = {
        "host": host,
        "port": port,
        "database": db,
        "course": str(course) if course is not None else None,
        "workers": workers,
        "rate_burst": rate_burst,
        "backlog": backlog,
        "queue": queue,
    }
    run_server(flags, console)


@app.command()
def worker(
    queue: Annotated[str | None, setting_option("queue")] = None,
    db: Annotated[str | None, setting_option("database")] = None,
    course: Annotated[Path | None, setting_option("course")] = None,
    workers: Annotated[int | None, setting_option("workers")] = None,
) -> None:
    """Grade checks from the queue here, in this machine's sandbox, until Ctrl+C.

    Point any number of machines at the same --queue and --db as `pyascent serve --queue`;
    a worker that dies has its checks graded by the others."""
    from pyascent.cli.worker import run_worker

    flags = {
        "queue": queue,
        "database": db,
        "course": str(course) if course is not None else None,
        "workers": workers,
    }
    run_worker(flags, console)


@app.command("settings")
def show_settings(
    workspace: WorkspaceOption = None,
    docs: Annotated[
        bool, typer.Option("--docs", help="Print the settings reference (docs/settings.md).")
    ] = False,
) -> None:
    """Every setting in force here, and where each value came from."""
    if docs:
        print(settings_markdown(), end="")
        return
    loaded = effective_settings(workspace or Path.cwd())
    table = Table("setting", "value", "from")
    values = loaded.settings.model_dump(mode="json")
    for row in settings_table():
        value = values[row.name]
        shown = row.default_text if value is None else str(value)
        table.add_row(row.name, shown, loaded.sources[row.name].value)
    if loaded.file is not None:
        console.print(f"Workspace file: {loaded.file}")
    console.print(table)


@app.command()
def doctor(
    queue: Annotated[str | None, setting_option("queue")] = None,
    db: Annotated[str | None, setting_option("database")] = None,
) -> None:
    """Show which isolation layers protect checks on this machine, and why any is missing;
    with a queue, whether it answers, what waits in it and which workers beat."""
    from pyascent.cli.doctor import show_doctor

    given = {key: value for key, value in {"queue": queue, "database": db}.items() if value}
    if not show_doctor(load_settings(flags=given).settings, console):
        raise typer.Exit(1)


def _debug_wanted() -> bool:
    try:
        return load_settings().settings.debug
    except ServiceError:
        return False


def main() -> None:
    """Console-script entry: run the app, translating every failure into a message."""
    from pyascent.cli.author import course_app
    from pyascent.cli.classroom import (
        account_app,
        assignment_app,
        audit_app,
        cohort_app,
        extend_command,
        grades_app,
        regrade_command,
        roster_app,
    )
    from pyascent.cli.explain import explain_command
    from pyascent.cli.importers import import_app
    from pyascent.cli.mutants import mutants_command

    app.add_typer(course_app, name="course")
    app.add_typer(import_app, name="import")
    app.add_typer(account_app, name="account")
    app.add_typer(cohort_app, name="cohort")
    app.add_typer(assignment_app, name="assignment")
    app.add_typer(roster_app, name="roster")
    app.add_typer(grades_app, name="grades")
    app.add_typer(audit_app, name="audit")
    app.command("extend")(extend_command)
    app.command("regrade")(regrade_command)
    app.command("mutants")(mutants_command)
    app.command("explain")(explain_command)
    try:
        code = app(standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except ServiceError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}", markup=True, highlight=False)
        sys.exit(2)
    except (KeyboardInterrupt, EOFError):
        sys.exit(130)
    except typer.Abort:
        sys.exit(1)
    except typer.TyperException as exc:  # usage errors: unknown command, bad option
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            console.print(f"[red]error:[/] {escape(str(exc))}")
        sys.exit(2)
    except Exception as exc:
        if _debug_wanted():
            raise
        console.print(
            f"[red]internal error:[/] {type(exc).__name__}: {escape(str(exc))}\n"
            "This is a bug in pyascent, not in your code. Run again with PYASCENT_DEBUG=1 for "
            "details."
        )
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
