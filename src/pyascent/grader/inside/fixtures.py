"""Fixtures the grader offers to hidden tests (loaded with `-p`).

`run_program` runs the learner's file as a whole program, with stdin and arguments, the way
a learner runs it in a terminal. Tests use it instead of monkeypatching `input` or `sys.argv`,
so they keep working when the learner's code runs in a process apart from the tests.
`show_figure` puts a figure the learner's code drew into the verdict, as a picture.
`serve_app` serves the learner's web app, `install_package` builds and installs their
project, `learner_file` reads a file that is not Python: each in the learner's side of the
sandbox (programs.py), never in the tests' process.
"""

from __future__ import annotations

import base64
import email.message
import email.parser
import io
import os
import sys
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

_SHOWN = 20_000
_remote: Callable[..., dict[str, Any]] | None = None
_learner_folder: str | None = None
_local: Any = None


def set_remote_runner(request: Callable[..., dict[str, Any]]) -> None:
    """In a verified check the learner's files live in the subject: run programs there."""
    global _remote
    _remote = request


def set_learner_folder(folder: str) -> None:
    """Where the learner's files can be read as text (the judge's copy in a verified check)."""
    global _learner_folder
    _learner_folder = folder


def _programs(op: str, **fields: Any) -> dict[str, Any]:
    """Ask the process that runs the learner's programs (programs.py) to do `op`."""
    global _local
    if _remote is not None:
        return _remote(op, **fields)
    if _local is None:  # one process with the tests: run them from here
        loaded: Any = sys.modules.get("_pyascent_inside_programs")
        if loaded is None:
            from pyascent.grader.inside import programs as loaded
        _local = loaded.Programs(os.getcwd())
    return dict(getattr(_local, op)(fields))


@dataclass(frozen=True)
class ProgramResult:
    """What a program run produced: its exit code and its output as text."""

    returncode: int
    stdout: str
    stderr: str


def _result(answer: dict[str, Any], what: str, timeout: float) -> ProgramResult:
    if answer.get("timeout"):
        pytest.fail(
            f"{what} did not finish within {timeout:g} s. "
            "Is it waiting for input it never gets, or stuck in a loop?",
            pytrace=False,
        )
    return ProgramResult(
        int(answer.get("returncode", -1)),
        str(answer.get("stdout", ""))[:_SHOWN],
        str(answer.get("stderr", ""))[:_SHOWN],
    )


def _run(
    file: str,
    args: Sequence[str] = (),
    stdin: str = "",
    timeout: float = 5.0,
) -> ProgramResult:
    if os.sep in file or not file.endswith(".py"):
        raise ValueError("run_program takes the name of a learner file such as 'greet.py'")
    answer = _programs("run_program", file=file, args=list(args), stdin=stdin, timeout=timeout)
    return _result(answer, f"The program {file}", timeout)


@pytest.fixture
def run_program() -> Callable[..., ProgramResult]:
    """Run a learner file as a program: run_program("cli.py", args=[...], stdin="...")."""
    return _run


def _checked_name(name: str) -> str:
    parts = name.split("/")
    if name.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(
            f"{name!r}: name a learner file by its path in the project, e.g. 'Dockerfile'"
        )
    return name


@pytest.fixture
def learner_file() -> Callable[[str], str]:
    """The text of one of the learner's files: learner_file("Dockerfile"). For static checks
    of what is not Python (a Dockerfile, a CI workflow, pyproject.toml); never run it."""

    def read(name: str) -> str:
        path = os.path.join(_learner_folder or os.getcwd(), _checked_name(name))
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return handle.read()
        except FileNotFoundError:
            pytest.fail(f"Your project has no file {name}: create it.", pytrace=False)
        except IsADirectoryError:
            pytest.fail(f"{name} is a folder in your project, not a file.", pytrace=False)

    return read


@dataclass(frozen=True)
class ServedApp:
    """A learner's web app listening on 127.0.0.1: send requests to `url`."""

    url: str
    number: int

    def output(self) -> str:
        """What the app printed and logged so far."""
        return str(_programs("server_output", id=self.number).get("output", ""))


def _start(file: str, app: str, timeout: float) -> ServedApp:
    answer = _programs("start_server", file=_checked_name(file), app=app, timeout=timeout)
    if answer.get("timeout"):
        pytest.fail(
            f"Your app {app} in {file} did not start listening within {timeout:g} s. "
            "Does importing your file run something that never ends?",
            pytrace=False,
        )
    error = answer.get("error")
    if error is not None or "port" not in answer:
        problem = error if isinstance(error, dict) else {}
        where = f" ({problem['file']}, line {problem['line']})" if problem.get("file") else ""
        kind = f"{problem['type']}: " if problem.get("type") else ""
        said = str(answer.get("output", "")).strip()[-1500:]
        pytest.fail(
            f"Your app {app} in {file} could not start: {kind}{problem.get('message', '')}"
            f"{where}" + (f"\n{said}" if said else ""),
            pytrace=False,
        )
    return ServedApp(f"http://127.0.0.1:{int(answer['port'])}", int(answer["id"]))


@pytest.fixture(scope="session")
def serve_app() -> Iterator[Callable[..., ServedApp]]:
    """Serve the learner's web app and get its address: serve_app("shop.py", "app").

    FastAPI or Starlette (ASGI) and Flask (WSGI) apps are served in a process of their own
    in the sandbox; `app` may name a factory to call, as "create_app()". One server per file
    and app is shared by the tests of a check; `fresh=True` starts another (empty state).
    """
    shared: dict[tuple[str, str], ServedApp] = {}
    started: list[ServedApp] = []

    def serve(
        file: str = "app.py", app: str = "app", *, fresh: bool = False, timeout: float = 15.0
    ) -> ServedApp:
        key = (file, app)
        if not fresh and key in shared:
            return shared[key]
        served = _start(file, app, timeout)
        started.append(served)
        if not fresh:
            shared[key] = served
        return served

    yield serve
    for served in started:
        _programs("stop_server", id=served.number)


@dataclass(frozen=True)
class InstalledPackage:
    """The learner's project built as a wheel and installed into a fresh environment.

    `wheel` is the wheel's file name, `files` what it contains, `metadata` its METADATA
    (`metadata["Name"]`, `metadata.get_all("Requires-Dist")`).
    """

    wheel: str
    files: tuple[str, ...]
    metadata: email.message.Message
    number: int

    def python(
        self, code: str, *, args: Sequence[str] = (), stdin: str = "", timeout: float = 10.0
    ) -> ProgramResult:
        """Run Python code in that environment, from a folder outside the project."""
        answer = _programs(
            "run_installed", id=self.number, code=code, args=list(args), stdin=stdin,
            timeout=timeout,
        )  # fmt: skip
        return _result(answer, "The code run against your installed package", timeout)

    def command(
        self, name: str, *args: str, stdin: str = "", timeout: float = 10.0
    ) -> ProgramResult:
        """Run a console script the package installed (`[project.scripts]`)."""
        answer = _programs(
            "run_installed", id=self.number, script=name, args=list(args), stdin=stdin,
            timeout=timeout,
        )  # fmt: skip
        return _result(answer, f"The command {name}", timeout)


_STAGES = {
    "build": "Your project could not be built into a wheel (pip wheel .)",
    "venv": "A fresh virtual environment could not be made for your package",
    "install": "Your wheel was built but could not be installed (pip install)",
}


def _check_pyproject() -> None:
    """A pyproject.toml that is not valid TOML is reported at its line, before pip says it
    less plainly. The file is only parsed here, never run."""
    path = os.path.join(_learner_folder or os.getcwd(), "pyproject.toml")
    try:
        with open(path, "rb") as handle:
            tomllib.load(handle)
    except FileNotFoundError:
        pytest.fail("Your project has no pyproject.toml: pip needs one to build it.", pytrace=False)
    except tomllib.TOMLDecodeError as exc:
        pytest.fail(f"pyproject.toml is not valid TOML: {exc}", pytrace=False)


def _without_frames(lines: list[str]) -> list[str]:
    """pip's own words, without the frames of a traceback inside pip or the backend."""
    kept: list[str] = []
    skip_code = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith('File "'):
            skip_code = True  # the frame's source line follows it
            continue
        if (
            skip_code
            or not stripped
            or set(stripped) <= {"^", "~"}
            or stripped.startswith("Traceback (most recent call last)")
        ):
            skip_code = False
            continue
        kept.append(line)
    return kept


@pytest.fixture(scope="session")
def install_package() -> Callable[..., InstalledPackage]:
    """Build the learner's project into a wheel, install it into a fresh virtual environment
    and get it: package = install_package(). Built once per check, offline, with the build
    backend installed here (hatchling or setuptools, no build isolation)."""
    built: list[InstalledPackage] = []
    failed: list[str] = []  # a failure is told again, not rebuilt, in the next test

    def install(timeout: float = 90.0) -> InstalledPackage:
        if built:
            return built[0]
        if failed:
            pytest.fail(failed[0], pytrace=False)
        try:
            return _install(timeout)
        except pytest.fail.Exception as exc:
            failed.append(str(exc.msg))
            raise

    def _install(timeout: float) -> InstalledPackage:
        _check_pyproject()
        answer = _programs("install_package", timeout=timeout)
        if answer.get("timeout"):
            pytest.fail(
                f"Building and installing your package took over {timeout:g} s.", pytrace=False
            )
        stage = answer.get("stage")
        if stage is not None:
            said = (str(answer.get("stderr", "")) + str(answer.get("stdout", ""))).strip()
            lines = _without_frames(said.splitlines())[-15:]
            pytest.fail(f"{_STAGES.get(str(stage), stage)}:\n" + "\n".join(lines), pytrace=False)
        metadata = email.parser.Parser().parsestr(str(answer.get("metadata", "")))
        package = InstalledPackage(
            str(answer["wheel"]), tuple(answer.get("files", ())), metadata, int(answer["id"])
        )
        built.append(package)
        return package

    return install


_cpu_seconds: Callable[[], float] = time.process_time


def set_cpu_clock(clock: Callable[[], float]) -> None:
    """In a verified check, CPU time is the subject's, read from the kernel by the judge."""
    global _cpu_seconds
    _cpu_seconds = clock


@dataclass(frozen=True)
class Timing:
    """A call measured by the tests' side: its result, wall time and CPU time in seconds."""

    result: object
    wall: float
    cpu: float


def _timed(function: Callable[..., object], *args: object, **kwargs: object) -> Timing:
    cpu_before, wall_before = _cpu_seconds(), time.perf_counter()
    result = function(*args, **kwargs)
    wall = time.perf_counter() - wall_before
    return Timing(result, wall, max(0.0, _cpu_seconds() - cpu_before))


@pytest.fixture
def timed() -> Callable[..., Timing]:
    """Time a call to the learner's code: timed(function, *args) -> Timing.

    Measured outside the learner's code (never by it), for performance exercises.
    """
    return _timed


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_FIGURE_BYTES = 512 * 1024
MAX_FIGURES = 4
FIGURE_PROPERTY = "pyascent.figure"


def _local_picture(figure: object, dpi: int) -> bytes:
    """Single-process mode: the figure is in this process."""
    if figure is None:
        figure = sys.modules["matplotlib.pyplot"].gcf()
    savefig = getattr(figure, "savefig", None) or figure.figure.savefig  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


_picture: Callable[[object, int], bytes] = _local_picture


def set_picture_maker(maker: Callable[[object, int], bytes]) -> None:
    """In a verified check the figure lives in the subject, which draws it (subject.py)."""
    global _picture
    _picture = maker


@pytest.fixture
def show_figure(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Show the learner a figure their code drew: show_figure(fig), show_figure(ax), or
    show_figure() for pyplot's current figure. It appears under the test in the verdict,
    passed or failed, so a learner sees their plot next to what the tests said of it.

    The picture is drawn on the learner's side; only a PNG of bounded size comes back.
    """

    def show(figure: object = None, dpi: int = 80) -> None:
        shown = [v for k, v in request.node.user_properties if k == FIGURE_PROPERTY]
        if len(shown) >= MAX_FIGURES:
            return
        picture = _picture(figure, dpi)
        if type(picture) is not bytes or not picture.startswith(PNG_SIGNATURE):
            raise AssertionError("the figure could not be drawn as a PNG picture")
        if len(picture) > MAX_FIGURE_BYTES:
            raise AssertionError(
                f"the figure is too big to show ({len(picture) // 1024} KiB as a PNG): "
                "make it smaller with figsize"
            )
        encoded = base64.b64encode(picture).decode("ascii")
        request.node.user_properties.append((FIGURE_PROPERTY, encoded))

    return show
