"""Entry point of one check: confine this process, pre-flight the learner's files, run pytest.

Started by the host as `python -I runner.py '<job json>'` with a clean environment, the
check folder as working directory, and the result channel as an inherited file descriptor.
Standard library and pytest only.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sys
from types import ModuleType
from typing import Any, TextIO

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name: str) -> ModuleType:
    """Import a sibling module by path, under a name no learner file can shadow."""
    spec = importlib.util.spec_from_file_location(f"_pyascent_inside_{name}", f"{HERE}/{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def preflight(work_dir: str, files: list[str]) -> dict[str, Any] | None:
    """Catch what needs no test run: unreadable text and syntax errors, in milliseconds."""
    for name in files:
        path = os.path.join(work_dir, name)
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            source = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            return {
                "kind": "problem",
                "type": "encoding",
                "file": name,
                "line": line,
                "offset": column,
                "message": f"byte 0x{raw[exc.start]:02x} is not valid UTF-8",
            }
        try:
            compile(source, name, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return {
                "kind": "problem",
                "type": type(exc).__name__,
                "file": name,
                "line": exc.lineno,
                "offset": exc.offset,
                "end_offset": exc.end_offset,
                "end_line": exc.end_lineno,
                "text": exc.text,
                "message": exc.msg,
            }
        except ValueError as exc:
            return {
                "kind": "problem",
                "type": "SyntaxError",
                "file": name,
                "line": None,
                "offset": None,
                "text": None,
                "message": str(exc),
            }
    return None


def run_checks(job: dict[str, Any], out: TextIO, confine: ModuleType) -> int:
    import pytest  # imported before limits are set: it is ours, not the learner's memory

    collector_module = _load("collector")
    fixtures = _load("fixtures")
    layers = list(job["layers"])
    layers += confine.apply_limits(job["limits"], job.get("uid"))
    if job.get("uid") is not None:
        layers.append(confine.drop_privileges(job["uid"], job["gid"]))
    out.write(json.dumps({"kind": "layers", "layers": layers}) + "\n")
    out.flush()
    problem = preflight(job["work_dir"], job["files"])
    if problem is not None:
        out.write(json.dumps(problem) + "\n")
        return 0
    sys.dont_write_bytecode = True
    collector = collector_module.Collector(out, job["work_dir"], job["files"])
    args = [
        "-p",
        "no:terminal",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:pastebin",
        "-p",
        "no:junitxml",
        "-p",
        "no:doctest",
        "-p",
        "no:legacypath",
        "-p",
        "no:stepwise",
        "-p",
        "no:unraisableexception",
        "-p",
        "no:threadexception",
        "--rootdir",
        job["work_dir"],
        "-o",
        "python_files=test_*.py",
        "-o",
        "addopts=",
        *job["tests"],
    ]
    return int(pytest.main(args, plugins=[collector, fixtures]))


def init_loop(worker: int) -> int:
    """Act as pid 1 of the check's pid namespace: reap everything, exit with the worker.

    Learner code must not be pid 1 itself: pid 1 ignores signals it has no handler for, so
    the CPU limit's SIGXCPU would not stop an endless loop.
    """
    status = 1
    while True:
        try:
            pid, raw = os.waitpid(-1, 0)
        except ChildProcessError:
            return status
        if pid == worker:
            status = os.waitstatus_to_exitcode(raw)
            return status if status >= 0 else 128 - status


def main() -> None:
    job = json.loads(sys.argv[1])
    confine = _load("confine")
    confine.die_with_parent()
    layers: list[str] = []
    if job.get("cgroup_procs"):
        layers.append(confine.join_cgroup(job["cgroup_procs"]))
    forked_ns = False
    if job.get("namespaces", True):
        forked_ns, note = confine.unshare_namespaces()
        layers.append(note)
    if forked_ns:
        init = os.fork()
        if init != 0:
            _, raw = os.waitpid(init, 0)
            code = os.waitstatus_to_exitcode(raw)
            os._exit(code if code >= 0 else 128 - code)
        try:
            confine.loopback_up()
        except OSError:
            layers.append("loopback unavailable")
        worker = os.fork()
        if worker != 0:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                signal.signal(sig, lambda *_: os._exit(137))
            os._exit(init_loop(worker))
    job["layers"] = layers
    confine.close_other_fds(job["result_fd"])
    out = os.fdopen(job["result_fd"], "w", encoding="utf-8")
    try:
        code = run_checks(job, out, confine)
        out.flush()
    except BaseException as exc:  # the platform's own failure: report it, never a pass
        try:
            out.write(
                json.dumps({"kind": "crash", "message": f"{type(exc).__name__}: {exc}"}) + "\n"
            )
            out.flush()
        except BaseException:
            pass
        os._exit(70)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
