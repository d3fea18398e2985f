"""Programs the hidden tests start from the learner's files, in the sandbox, apart from them.

Why a module of its own: the tests of some exercises need the learner's project as a whole
rather than as an imported module: a file run as a program (stdin, arguments, exit code), a
web app served on 127.0.0.1 and answered over real HTTP, a wheel built from their
`pyproject.toml` and installed into a fresh virtual environment. Each runs in a child of
the runner (or of the subject), never in the judge: what the learner's code does there
cannot reach the tests' memory. Standard library only.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from typing import Any

SHOWN = 20_000
SERVED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "served.py")


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "TMPDIR", "LANG")}
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1", **extra})
    return env


def _tail(text: str) -> str:
    return text if len(text) <= SHOWN else text[-SHOWN:]


def run(
    command: list[str], cwd: str, stdin: str, timeout: float, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run one command to its end: exit code and output, or a timeout."""
    try:
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env=env or _environment(),
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    except OSError as exc:
        return {"returncode": 127, "stdout": "", "stderr": f"{command[0]}: {exc.strerror}"}
    return {
        "returncode": done.returncode,
        "stdout": done.stdout[:SHOWN],
        "stderr": done.stderr[:SHOWN],
    }


class Programs:
    """The programs of one check: started on request, all stopped when the check ends."""

    def __init__(self, work_dir: str) -> None:
        self.work_dir = work_dir
        self.servers: dict[int, tuple[_Forked, str]] = {}
        self.venvs: dict[int, str] = {}
        self.next_id = 1

    # -- a file as a program ------------------------------------------------------------

    def run_program(self, message: dict[str, Any]) -> dict[str, Any]:
        args = [str(a) for a in message.get("args", [])]
        return run(
            [sys.executable, str(message["file"]), *args],
            self.work_dir,
            str(message.get("stdin", "")),
            float(message.get("timeout", 5)),
        )

    # -- a web app, served ----------------------------------------------------------------

    def start_server(self, message: dict[str, Any]) -> dict[str, Any]:
        """Serve `app` of the learner's `file` on 127.0.0.1; answer its port once it listens,
        or why it could not start (its own error, or the time it took)."""
        timeout = float(message.get("timeout", 10))
        folder = tempfile.mkdtemp(prefix="served-")
        log_path, port_path = os.path.join(folder, "output"), os.path.join(folder, "port")
        process = _Forked(
            lambda: _serve_here(
                self.work_dir, str(message["file"]), str(message["app"]), port_path
            ),
            log_path,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if os.path.exists(port_path) and os.path.getsize(port_path) > 0:
                with open(port_path, encoding="utf-8") as handle:
                    answer = json.loads(handle.read())
                if "port" in answer:
                    number = self.next_id
                    self.next_id += 1
                    self.servers[number] = (process, log_path)
                    return {"id": number, "port": int(answer["port"])}
                process.wait(timeout=5)
                return {"error": answer, "output": self._read(log_path)}
            if process.poll() is not None:
                return {"error": {"message": "the program ended"}, "output": self._read(log_path)}
            time.sleep(0.01)
        _stop(process)
        return {"timeout": True, "output": self._read(log_path)}

    def server_output(self, message: dict[str, Any]) -> dict[str, Any]:
        entry = self.servers.get(int(message["id"]))
        return {"output": self._read(entry[1]) if entry else ""}

    def stop_server(self, message: dict[str, Any]) -> dict[str, Any]:
        entry = self.servers.pop(int(message["id"]), None)
        if entry is None:
            return {"output": ""}
        _stop(entry[0])
        return {"output": self._read(entry[1])}

    @staticmethod
    def _read(path: str) -> str:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return _tail(handle.read())
        except OSError:
            return ""

    # -- a wheel, built and installed -----------------------------------------------------

    def install_package(self, message: dict[str, Any]) -> dict[str, Any]:
        """Build a wheel of the learner's project with pip (offline, no build isolation: the
        backend installed here builds it), then install it into a new virtual environment
        that sees this environment's packages but not the learner's folder."""
        timeout = float(message.get("timeout", 60))
        started = time.monotonic()
        folder = tempfile.mkdtemp(prefix="package-")
        dist = os.path.join(folder, "dist")
        pip_env = _environment(
            PIP_CONFIG_FILE=os.devnull,
            PIP_NO_CACHE_DIR="1",
            PIP_DISABLE_PIP_VERSION_CHECK="1",
            PIP_NO_INPUT="1",
        )
        built = run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
             "--no-index", "--wheel-dir", dist, "."],
            self.work_dir, "", timeout, pip_env,
        )  # fmt: skip
        if built.get("timeout") or built.get("returncode"):
            return {"stage": "build", **built}
        wheels = sorted(n for n in os.listdir(dist) if n.endswith(".whl"))
        if len(wheels) != 1:
            return {"stage": "build", "returncode": 1, "stdout": built["stdout"],
                    "stderr": f"pip made {len(wheels)} wheels, not one: {wheels}"}  # fmt: skip
        wheel = os.path.join(dist, wheels[0])
        venv = os.path.join(folder, "venv")
        made = run([sys.executable, "-m", "venv", "--without-pip", venv], folder, "", 30, pip_env)
        if made.get("timeout") or made.get("returncode"):
            return {"stage": "venv", **made}
        _see_packages_of_this_environment(venv)
        left = max(5.0, timeout - (time.monotonic() - started))
        installed = run(
            [_python_of(venv), "-m", "pip", "install", "--no-index", wheel],
            folder,
            "",
            left,
            pip_env,
        )
        if installed.get("timeout") or installed.get("returncode"):
            return {"stage": "install", **installed}
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
            metadata_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
            metadata = (
                archive.read(metadata_name).decode("utf-8", "replace") if metadata_name else ""
            )
        number = self.next_id
        self.next_id += 1
        self.venvs[number] = venv
        return {
            "id": number,
            "wheel": wheels[0],
            "files": names[:2000],
            "metadata": metadata[:SHOWN],
            "output": _tail(built["stdout"] + installed["stdout"]),
        }

    def run_installed(self, message: dict[str, Any]) -> dict[str, Any]:
        """Run Python code, or a console script, in the package's environment, from a folder
        of its own: what is imported there is the installed package, never the source."""
        venv = self.venvs.get(int(message["id"]))
        if venv is None:
            return {"returncode": 127, "stdout": "", "stderr": "no such environment"}
        here = tempfile.mkdtemp(prefix="elsewhere-")
        args = [str(a) for a in message.get("args", [])]
        if message.get("script"):
            script = os.path.join(venv, "bin", os.path.basename(str(message["script"])))
            if not os.path.isfile(script):
                return {
                    "returncode": 127,
                    "stdout": "",
                    "stderr": f"no command {message['script']!r}",
                }
            command = [script, *args]
        else:
            command = [_python_of(venv), "-c", str(message.get("code", "")), *args]
        env = _environment(PATH=os.path.join(venv, "bin") + os.pathsep + "/usr/bin:/bin")
        return run(
            command, here, str(message.get("stdin", "")), float(message.get("timeout", 10)), env
        )

    def close(self) -> None:
        for process, _log in self.servers.values():
            _stop(process)
        self.servers.clear()
        for venv in self.venvs.values():
            shutil.rmtree(os.path.dirname(venv), ignore_errors=True)
        self.venvs.clear()


def _python_of(venv: str) -> str:
    return os.path.join(venv, "bin", "python")


def _see_packages_of_this_environment(venv: str) -> None:
    """A .pth line per site folder of ours: the new environment imports pydantic, pip and
    the rest as a machine with them installed would, and installs only the learner's wheel."""
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    target = os.path.join(venv, "lib", version, "site-packages")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "_pyascent_host.pth"), "w", encoding="utf-8") as handle:
        handle.write("".join(f"{path}\n" for path in sorted(ours)))


class _Forked:
    """A child forked from this process to run `body` (not a new interpreter: the packages
    the worker preloaded, such as fastapi, are already imported). It keeps no descriptor of
    ours but its output file: the channel to the tests stays out of the learner's reach."""

    def __init__(self, body: Callable[[], None], log_path: str) -> None:
        log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                null = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null, 0)
                os.dup2(log, 1)
                os.dup2(log, 2)
                os.closerange(3, 65536)
                sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
                body()
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        os.close(log)
        self.pid = pid
        self.code: int | None = None

    def poll(self) -> int | None:
        if self.code is None:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.code = os.waitstatus_to_exitcode(status)
        return self.code

    def terminate(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.01)
        return self.code or 0


def _serve_here(work_dir: str, file: str, app: str, port_path: str) -> None:
    """In the forked child: become the server program (served.py) in the learner's folder."""
    os.chdir(work_dir)
    served = sys.modules.get("_pyascent_inside_served")
    if served is None:
        spec = importlib.util.spec_from_file_location("_pyascent_inside_served", SERVED)
        assert spec is not None and spec.loader is not None
        served = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(served)
    served.serve(file, app, port_path)


def _stop(process: _Forked) -> None:
    if process.poll() is None:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=2)
    if process.poll() is None:
        process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=2)
