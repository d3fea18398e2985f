"""Every option of pyascent in one table, and the one loader that reads them.

Why one table: the CLI flags, the web app, the workspace file `pyascent.toml`, the
environment and the settings page of the docs all describe the same options. When each kept
its own copy, defaults drifted (the help of `--backlog` said 8 per worker while the pool
used 32). Here each option is declared once, with its type, default, help, environment
variable and the places it may be set; everything else is generated from it.

Precedence, lowest first: the default, the workspace's `pyascent.toml`, the environment,
a command-line flag (the loader is `settings_loader`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from pyascent.tutor import SolutionPolicy, SolutionRule

SETTINGS_SCHEMA_VERSION = 1
ENV_PREFIX = "PYASCENT_"


class Source(StrEnum):
    """Where a value may come from (and, once loaded, where it did come from)."""

    DEFAULT = "default"
    TOML = "pyascent.toml"
    ENV = "environment"
    FLAG = "command line"


@dataclass(frozen=True)
class Option:
    """How one setting may be set; attached to its field of `Settings` as metadata.

    Args:
        help: one sentence for `--help`, the docs page and the workspace file.
        section: the `pyascent.toml` table it lives in ("" for the top level); None when the
            file may not set it.
        flag: the command-line flag that sets it (on the commands that take it), if any.
        env: whether the environment variable PYASCENT_<NAME> sets it.
        default_text: how to describe a default that is computed, not fixed.
    """

    help: str
    section: str | None = ""
    flag: str | None = None
    env: bool = True
    default_text: str | None = None


def _opt(help: str, **how: Any) -> Option:
    return Option(help, **how)


class Settings(BaseModel):
    """The options in force for one run of pyascent, validated.

    Build it with `load_settings`, never by hand in a shell: that is how the file, the
    environment and the flags are combined in one order everywhere.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Annotated[
        int,
        Field(ge=1, le=SETTINGS_SCHEMA_VERSION),
        _opt(
            "Version of the workspace file's format; pyascent refuses files it does not know.",
            env=False,
        ),
    ] = SETTINGS_SCHEMA_VERSION
    course: Annotated[
        str,
        Field(min_length=1),
        _opt('The course: "builtin" or the folder of a course pack.', flag="--course"),
    ] = "builtin"
    database: Annotated[
        str | None,
        _opt(
            "The progress database: a file path or a database URL "
            "(postgresql+psycopg://user@host:5432/db).",
            flag="--db",
            default_text="progress.db in the workspace's .pyascent folder, else in the data folder",
        ),
    ] = None
    home: Annotated[
        Path | None,
        _opt(
            "The data folder: where progress is kept outside a workspace.",
            section=None,
            default_text="$XDG_DATA_HOME/pyascent, else ~/.local/share/pyascent",
        ),
    ] = None
    host: Annotated[
        str,
        Field(min_length=1),
        _opt("Address the web app listens on.", section="server", flag="--host"),
    ] = "127.0.0.1"
    port: Annotated[
        int,
        Field(ge=1, le=65535),
        _opt("Port the web app listens on.", section="server", flag="--port"),
    ] = 8000
    workers: Annotated[
        int | None,
        Field(ge=1),
        _opt(
            "Grading workers: checks run at once by the web app and by `course check`.",
            section="grader",
            flag="--workers",
            default_text="one per core",
        ),
    ] = None
    backlog: Annotated[
        int,
        Field(ge=0),
        _opt(
            "Checks that may wait per grading worker before the web app answers 'busy'.",
            section="grader",
            flag="--backlog",
        ),
    ] = 32
    # How long an attempt may honestly stay pending: it waits for a worker (at most
    # max(30 s, 4 x wall), see WorkerPool._dispatch), then runs (the wall limit, twice when
    # its worker died and was replaced). With the default 10 s wall that is 60 s; 300 s leaves
    # room for a slow worker start on a loaded machine.
    pending_lease_seconds: Annotated[
        float,
        Field(gt=0),
        _opt(
            "Seconds after which an attempt still pending belongs to a stopped process and is "
            "closed as not graded (longer than any check can wait and run).",
            section="grader",
        ),
    ] = 300.0
    reap_interval_seconds: Annotated[
        float,
        Field(gt=0),
        _opt(
            "How often (seconds) the web app closes attempts a stopped process left pending.",
            section="grader",
        ),
    ] = 60.0
    queue: Annotated[
        str | None,
        _opt(
            "The grading queue for a class on several machines: a Redis URL "
            "(redis://host:6379/0). Checks go to `pyascent worker` processes pointed at the "
            "same queue and database; unset, the server grades in its own pool.",
            section="queue",
            flag="--queue",
            default_text="none: the server grades checks itself",
        ),
    ] = None
    queue_lease_seconds: Annotated[
        float,
        Field(gt=0),
        _opt(
            "Seconds a queued check may wait after it was sent before the server sends it "
            "again (a queue that lost it, a crash between saving and sending).",
            section="queue",
        ),
    ] = 30.0
    queue_heartbeat_ms: Annotated[
        int,
        Field(ge=1000),
        _opt(
            "Milliseconds without a heartbeat after which a worker counts as dead and the "
            "checks it held go back to the queue (workers beat about once a second).",
            section="queue",
        ),
    ] = 15_000
    queue_max_waiting: Annotated[
        int,
        Field(ge=1),
        _opt(
            "Checks that may wait in the queue at once; beyond it the server answers busy "
            "with an estimate of when to try again.",
            section="queue",
        ),
    ] = 3000
    reconcile_interval_seconds: Annotated[
        float,
        Field(gt=0),
        _opt(
            "How often (seconds) the server looks for queued checks to send again.",
            section="queue",
        ),
    ] = 2.0
    preload_packages: Annotated[
        bool,
        _opt(
            "Import the packages the course's exercises need (torch, scikit-learn, pandas...) "
            "in every grading worker of `serve` and `worker` before its first check: their "
            "checks then start at once, for about 0.5 GB of memory and 10-15 s of CPU per "
            "worker at start. Off, such a check imports them itself (seconds each).",
            section="server",
        ),
    ] = True
    new_cards_per_day: Annotated[
        int,
        Field(ge=0, le=1000),
        _opt(
            "Flashcards never seen before that a day's review may bring in (the rest wait "
            "for the next days).",
            section="review",
        ),
    ] = 10
    rate_burst: Annotated[
        int,
        Field(ge=1),
        _opt(
            "Checks and example runs one client may send at once before waiting.",
            section="server",
            flag="--rate-burst",
        ),
    ] = 20
    rate_per_second: Annotated[
        float,
        Field(gt=0),
        _opt(
            "Checks and example runs one client may send per second after the burst.",
            section="server",
        ),
    ] = 1.0
    session_hours: Annotated[
        float,
        Field(gt=0, le=24 * 90),
        _opt("How long a sign-in lasts (hours) in classroom mode.", section="classroom"),
    ] = 12.0
    login_lock_after: Annotated[
        int,
        Field(ge=1, le=1000),
        _opt(
            "Wrong passwords in a row after which an account is locked for a while.",
            section="classroom",
        ),
    ] = 5
    login_lock_minutes: Annotated[
        float,
        Field(gt=0),
        _opt(
            "How long (minutes) a locked account waits before it may sign in again.",
            section="classroom",
        ),
    ] = 15.0
    graded_runs_per_window: Annotated[
        int,
        Field(ge=1),
        _opt(
            "Checks a student may send of an open assignment's exercises per window (an "
            "assignment may set its own); beyond it the server answers 429 until one leaves "
            "the window, so the grader cannot be used as an oracle.",
            section="classroom",
        ),
    ] = 30
    graded_window_minutes: Annotated[
        float,
        Field(gt=0),
        _opt("The window (minutes) of graded_runs_per_window.", section="classroom"),
    ] = 10.0
    grid_refresh_seconds: Annotated[
        int,
        Field(ge=0, le=3600),
        _opt(
            "How often an instructor's open grid asks for fresh data (0: only on reload).",
            section="classroom",
        ),
    ] = 5
    needs_help_fails: Annotated[
        int,
        Field(ge=1),
        _opt(
            'Failing checks in a row after which a student shows in "needs help now".',
            section="classroom",
        ),
    ] = 5
    needs_help_minutes: Annotated[
        float,
        Field(gt=0),
        _opt(
            "Minutes of checking without a new passing test after which a student shows in "
            '"needs help now".',
            section="classroom",
        ),
    ] = 20.0
    max_code_kb: Annotated[
        int,
        Field(ge=1),
        _opt(
            "Largest code (KB) a learner may check, run or save, on the web and in the CLI.",
            section="limits",
        ),
    ] = 256
    max_body_kb: Annotated[
        int,
        Field(ge=1),
        _opt("Largest request body (KB) the web app reads.", section="limits"),
    ] = 1024
    solution_policy: Annotated[
        SolutionRule,
        _opt(
            "When the reference solution may be shown: "
            + " | ".join(rule.value for rule in SolutionRule)
            + ".",
            section="tutor",
        ),
    ] = SolutionRule.AFTER_PASS_OR_HINTS
    failed_attempts_before_solution: Annotated[
        int,
        Field(ge=0),
        _opt(
            "Failed attempts (with every hint shown) after which after-pass-or-hints unlocks "
            "the solution.",
            section="tutor",
        ),
    ] = 3
    tutor_endpoint: Annotated[
        str | None,
        Field(pattern=r"^https?://\S+$"),
        _opt(
            "An OpenAI-compatible endpoint (base URL) the tutor may ask to phrase its turns; "
            "unset, the tutor is offline and nothing leaves the machine.",
            section="tutor",
            flag="--tutor-endpoint",
        ),
    ] = None
    tutor_model: Annotated[
        str,
        Field(min_length=1, max_length=200),
        _opt("The model name sent to the tutor's endpoint.", section="tutor"),
    ] = "default"
    tutor_api_key: Annotated[
        str | None,
        _opt(
            "The key sent to the tutor's endpoint as a Bearer token (environment only, so it "
            "never sits in a file).",
            section=None,
        ),
    ] = None
    tutor_timeout_seconds: Annotated[
        float,
        Field(gt=0, le=120),
        _opt(
            "Seconds the tutor waits for its endpoint before it answers with its own turn.",
            section="tutor",
        ),
    ] = 20.0
    tutor_agent: Annotated[
        bool,
        _opt(
            "Let a model that can call tools ask for the tests' results, the lessons and the "
            "hints itself (agent mode); every turn still passes the same guard.",
            section="tutor",
        ),
    ] = False
    min_mutant_score: Annotated[
        float,
        Field(ge=0, le=100),
        _opt(
            "Mutation gate: the least share (percent) of an exercise's non-equivalent mutants "
            "its tests must kill, in `course check --mutants` and `pyascent mutants`.",
            section="mutants",
            flag="--min-score",
        ),
    ] = 100.0
    debug: Annotated[
        bool,
        _opt(
            "Show Python tracebacks of pyascent's own bugs instead of a one-line message.",
            section=None,
        ),
    ] = False

    @property
    def policy(self) -> SolutionPolicy:
        """When the reference solution may be shown, as the tutor's rules take it."""
        return SolutionPolicy(self.solution_policy, self.failed_attempts_before_solution)


@dataclass(frozen=True)
class SettingInfo:
    """One row of the settings table, as the docs, `--help` and the workspace file show it."""

    name: str
    type: str
    default: Any
    option: Option

    @property
    def env_var(self) -> str | None:
        return ENV_PREFIX + self.name.upper() if self.option.env else None

    @property
    def flag(self) -> str | None:
        return self.option.flag

    @property
    def toml_key(self) -> str | None:
        section = self.option.section
        if section is None:
            return None
        return f"{section}.{self.name}" if section else self.name

    @property
    def default_text(self) -> str:
        if self.option.default_text is not None:
            return self.option.default_text
        value = self.default.value if isinstance(self.default, StrEnum) else self.default
        if isinstance(value, bool):
            return str(value).lower()
        return f'"{value}"' if isinstance(value, str) else str(value)

    def help_with_default(self) -> str:
        env = f"; env {self.env_var}" if self.env_var else ""
        return f"{self.option.help} (default: {self.default_text}{env})"


_TYPE_WORDS = {
    int: "whole number",
    float: "number",
    str: "text",
    bool: "true or false",
    Path: "folder",
}


def _type_name(annotation: Any) -> str:
    """A type as a reader of the docs says it: 'whole number', 'text (optional)'."""
    args = [a for a in getattr(annotation, "__args__", ()) if a is not type(None)]
    if args and len(args) < len(annotation.__args__):
        return _type_name(args[0]) + " (optional)"
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return "one of " + ", ".join(v.value for v in annotation)
    return _TYPE_WORDS.get(annotation, getattr(annotation, "__name__", str(annotation)))


def settings_table() -> tuple[SettingInfo, ...]:
    """Every setting in declaration order."""
    rows = []
    for name, field in Settings.model_fields.items():
        option = next((m for m in field.metadata if isinstance(m, Option)), None)
        if option is None:
            raise TypeError(f"setting {name} has no Option")  # a programming error, caught by tests
        rows.append(SettingInfo(name, _type_name(field.annotation), field.default, option))
    return tuple(rows)


def info_of(name: str) -> SettingInfo:
    found = next((row for row in settings_table() if row.name == name), None)
    if found is None:
        raise KeyError(name)
    return found
