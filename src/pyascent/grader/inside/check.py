"""One check, run in a process freshly forked from the zygote (or the one-shot launcher).

Order matters: open the result channel and output files, join the cgroup, enter new
namespaces, become pid 1 of them (a stub init), mount private tmpfs and /proc, fork the
worker; the worker sets limits, drops to the slot's uid, applies Landlock and seccomp, and
only then reads the learner's files. A layer that was expected but fails aborts the check:
the sandbox fails closed.

One file, a little over the usual size, on purpose: the zygote loads it as one module and the
order of its steps is the order the isolation layers must be applied in.
"""

from __future__ import annotations

import json
import os
import sys
import time
import types
from types import ModuleType
from typing import Any, NoReturn


class LayerFailed(Exception):
    """An isolation layer that the host expected could not be applied."""


def preflight(work_dir: str, files: list[str]) -> dict[str, Any] | None:
    """Catch what needs no test run: unreadable text and syntax errors, in milliseconds."""
    for name in files:
        with open(os.path.join(work_dir, name), "rb") as handle:
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
        if not name.endswith(".py"):
            continue  # a Dockerfile or a TOML file: text, never compiled
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
        except (ValueError, MemoryError, RecursionError) as exc:
            return {
                "kind": "problem",
                "type": "SyntaxError",
                "file": name,
                "line": None,
                "offset": None,
                "text": None,
                "message": str(exc) or type(exc).__name__,
            }
    return None


def learner_modules(files: list[str]) -> tuple[set[str], set[str]]:
    """The top-level names the tests import the learner's code by, and the dotted names of
    the learner's packages (folders): `adder.py` gives adder; `invoices/models.py` and
    `src/invoices/models.py` give invoices, a package (a `src/` layout imports from `src`)."""
    names: set[str] = set()
    packages: set[str] = set()
    for name in files:
        parts = name.split("/")
        if parts[0] == "src" and len(parts) > 2:
            parts = parts[1:]
        if not parts[-1].endswith(".py"):
            continue
        if len(parts) == 1:
            names.add(parts[0][:-3])
        elif all(part.isidentifier() for part in parts[:-1]):
            names.add(parts[0])
            packages.update(".".join(parts[:depth]) for depth in range(1, len(parts)))
    return names, packages


PYTEST_ARGS = [
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
    "-p",
    "no:faulthandler",
    "-p",
    "no:setuponly",
    "-p",
    "no:setupplan",
    "-p",
    "no:python_path",
    "-p",
    "no:warnings",
    "-o",
    "python_files=test_*.py",
    "-o",
    "addopts=",
]


def run_pytest(job: dict[str, Any], out: Any, mods: dict[str, ModuleType]) -> int:
    import pytest

    collector = mods["collector"].Collector(out, job["work_dir"], job["files"])
    args = [*PYTEST_ARGS, "--rootdir", job["work_dir"], *job["tests"]]
    return int(pytest.main(args, plugins=[collector, mods["fixtures"]]))


MAX_IMAGES = 4
MAX_IMAGE_BYTES = 2 * 1024 * 1024


def run_example(job: dict[str, Any], out: Any) -> None:
    """Run a snippet as __main__; report its error (own lines only) and any figures."""
    import base64
    import io
    import traceback

    path = os.path.join(job["work_dir"], job["files"][0])
    problem = preflight(job["work_dir"], job["files"])
    if problem is not None:
        out.write(json.dumps(problem) + "\n")
        out.flush()
        return
    with open(path, encoding="utf-8") as handle:
        code = compile(handle.read(), job["files"][0], "exec", dont_inherit=True)
    # A real module in sys.modules["__main__"], as `python example.py` makes: functions
    # defined in the example can then be pickled (multiprocessing.Pool sends them by name).
    main = types.ModuleType("__main__")
    main.__dict__.update({"__file__": path, "__builtins__": __builtins__})
    sys.modules["__main__"] = main
    namespace = main.__dict__
    sys.argv = [job["files"][0]]
    try:
        exec(code, namespace)  # noqa: S102 - running the learner's example is the point
    except SystemExit as exc:
        if exc.code not in (None, 0):
            out.write(
                json.dumps(
                    {
                        "kind": "run-error",
                        "exc_type": "SystemExit",
                        "exc_message": str(exc.code),
                        "frames": [],
                    }
                )
                + "\n"
            )
    except BaseException as exc:
        frames = [
            {"file": f.filename, "line": f.lineno or 0, "function": f.name, "code": f.line or ""}
            for f in traceback.extract_tb(exc.__traceback__)
            if f.filename == job["files"][0]
        ]
        out.write(
            json.dumps(
                {
                    "kind": "run-error",
                    "exc_type": type(exc).__name__,
                    "exc_message": str(exc)[:2000],
                    "frames": frames[-8:],
                }
            )
            + "\n"
        )
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        for number in pyplot.get_fignums()[:MAX_IMAGES]:
            buffer = io.BytesIO()
            pyplot.figure(number).savefig(buffer, format="png", dpi=96, bbox_inches="tight")
            if buffer.tell() <= MAX_IMAGE_BYTES:
                encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
                out.write(json.dumps({"kind": "image", "png": encoded}) + "\n")
    out.write(json.dumps({"kind": "run-done"}) + "\n")
    out.flush()


def _judge(job: dict[str, Any], out: Any, mods: dict[str, ModuleType]) -> int:
    """Run the hidden tests here; the learner's code answers from the subject."""
    import socket

    sock = socket.socket(fileno=job["channel_fd"])
    # The tests import the author's support modules from the learner's side too: the
    # learner's code imports them there, and both must see the same module.
    names, packages = learner_modules([*job["files"], *job.get("support", [])])
    lane = job.get("lane")
    link = None
    if lane is not None:
        link = mods["link"].Link(sock, lane["memory"], 0, tuple(lane["bells"]))
    channel = mods["judge"].install(sock, names, link, packages)
    mods["fixtures"].set_learner_folder(job.get("learner_copy") or job["work_dir"])
    programs = channel
    if job.get("runner_fd", -1) >= 0:
        programs = mods["judge"].Channel(socket.socket(fileno=job["runner_fd"]))
    mods["fixtures"].set_remote_runner(programs.request)

    def picture(figure: object, dpi: int) -> Any:
        return channel.request("picture", target=channel.encoded(figure), dpi=dpi)

    mods["fixtures"].set_picture_maker(picture)
    stat_fd = job.get("subject_stat_fd", -1)
    if stat_fd >= 0:
        ticks = os.sysconf("SC_CLK_TCK")

        def subject_cpu() -> float:
            fields = os.pread(stat_fd, 4096, 0).decode().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

        mods["fixtures"].set_cpu_clock(subject_cpu)
    try:
        return run_pytest(job, out, mods)
    finally:
        try:
            channel.link.send({"op": "bye"})
        except (OSError, mods["wire"].ProtocolError):
            pass


def _expect(condition: bool, layer: str, detail: str, required: bool) -> None:
    if not condition and required:
        raise LayerFailed(f"{layer}: {detail}")


def _open_channels(job: dict[str, Any]) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    # The subject of a verified check gets no result channel: it can only answer the judge.
    result = os.open(job["result_path"], flags, 0o600) if job.get("result_path") else -1
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(job["stdout_path"], flags, 0o600), 1)
    os.dup2(os.open(job["stderr_path"], flags, 0o600), 2)
    return result


def run_check(
    job: dict[str, Any],
    mods: dict[str, ModuleType],
    bpf: bytes | None,
    namespaces: str | None,
) -> NoReturn:
    """Never returns: the process ends with the check's exit status.

    `namespaces` is the note of fork_into_namespaces when this process was started as pid 1
    of fresh namespaces, else None (a plain fork: the fallback without namespaces).
    """
    result_fd = -1
    try:
        marks = {"forked": time.perf_counter()}
        os.setsid()
        confine = mods["confine"]
        confine.die_with_parent()
        result_fd = _open_channels(job)
        joined = None
        if job.get("join_net_fd", -1) >= 0:
            joined = confine.join_network(job["join_net_fd"])
        confine.close_other_fds(
            result_fd,
            job.get("channel_fd", -1),
            job.get("subject_stat_fd", -1),
            job.get("runner_fd", -1),
            *((job.get("lane") or {}).get("bells") or ()),
        )
        expect = job["expect"]
        layers: list[str] = ["process group of its own, killed as a whole"]
        if job.get("cgroup"):
            layers.append("cgroup pids limit (inherited from the worker)")
        marks["channels"] = time.perf_counter()
        if expect["namespaces"]:
            _expect(
                namespaces is not None and namespaces.startswith("namespaces"),
                "namespaces",
                namespaces or "not created",
                True,
            )
            layers.append(str(namespaces))
            if joined is not None:
                layers.append(f"judge process {joined}")
            confine.loopback_up()
            layers.append(
                confine.private_mounts(
                    job["keep_readonly"],
                    job["work_dir"],
                    job["hide"],
                    int(job["limits"]["disk_mb"]),
                    job.get("uid"),
                    [job["exchange_dir"]] if job.get("exchange_dir") else [],
                )
            )
            confine.mount_proc()
            # pid 1 of the namespace: when this process ends, everything it left dies.
            confine.act_as_pid_one()
            marks["mounts"] = time.perf_counter()
        _worker(job, mods, bpf, result_fd, layers, marks)
    except BaseException as exc:  # the platform's own failure: report it, never a pass
        import traceback

        traceback.print_exc()
        if result_fd >= 0:
            try:
                message = {"kind": "crash", "message": f"{type(exc).__name__}: {exc}"}
                os.write(result_fd, (json.dumps(message) + "\n").encode())
            except BaseException:
                pass
        os._exit(70)


def _worker(
    job: dict[str, Any],
    mods: dict[str, ModuleType],
    bpf: bytes | None,
    result_fd: int,
    layers: list[str],
    marks: dict[str, float],
) -> NoReturn:
    confine = mods["confine"]
    expect = job["expect"]
    ruleset = None
    if expect["landlock"]:
        ruleset = mods["landlock"].Ruleset(expect["landlock"])
        for path in job["keep_readonly"] + confine.SYSTEM_READ_PATHS:
            ruleset.allow(path, write=False)
        writable = [job["work_dir"], "/tmp", "/var/tmp", "/dev/shm", "/dev/null"]
        for path in [*writable, *([job["exchange_dir"]] if job.get("exchange_dir") else [])]:
            ruleset.allow(path, write=True)
    marks["worker"] = time.perf_counter()
    layers += confine.apply_limits(job["limits"], job.get("uid"))
    if job.get("uid") is not None:
        layers.append(confine.drop_privileges(job["uid"], job["gid"]))
    if ruleset is not None:
        ruleset.restrict()
        scope = ", signals and abstract sockets scoped" if ruleset.scoped else ""
        layers.append(
            f"landlock ABI {ruleset.abi}: read-only runtime, writable check folder{scope}"
        )
    if expect["seccomp"]:
        _expect(bpf is not None, "seccomp", "no filter for this architecture", True)
        assert bpf is not None
        mods["seccomp"].load(bpf)
        layers.append("seccomp deny-list")
    layers.append("scrubbed environment, no inherited descriptors")
    if job.get("lane"):
        layers.append("judge and subject share one page of message data, nothing else")
    marks["confined"] = time.perf_counter()
    confine.check_environment(job["work_dir"], job.get("exchange_dir"))
    os.chdir(job["work_dir"])
    if job.get("role") in ("subject", "runner"):
        sys.dont_write_bytecode = True
        runner = job["role"] == "runner"
        if runner:
            confine.not_dumpable()  # the programs it starts cannot read or write its memory
        lane = job.get("lane")
        shared = (lane["memory"], tuple(lane["bells"])) if lane and not runner else None
        mods["subject"].serve(job["channel_fd"], job["work_dir"], job["files"], runner, shared)
        os._exit(0)
    out = os.fdopen(result_fd, "w", encoding="utf-8")
    out.write(json.dumps({"kind": "layers", "layers": layers}) + "\n")
    marks["preflight"] = time.perf_counter()
    out.flush()
    if job.get("mode") == "run":
        run_example(job, out)
        os._exit(0)
    learner_dir = job.get("learner_copy") or job["work_dir"]
    problem = preflight(learner_dir, job["files"])
    if problem is not None:
        out.write(json.dumps(problem) + "\n")
        out.flush()
        os._exit(0)
    sys.dont_write_bytecode = True
    if job.get("role") == "judge":
        code = _judge(job, out, mods)
    else:
        sys.path.insert(0, job["work_dir"])
        if any(name.startswith("src/") for name in job["files"]):
            sys.path.insert(0, os.path.join(job["work_dir"], "src"))
        mods["fixtures"].set_learner_folder(job["work_dir"])
        code = run_pytest(job, out, mods)
    marks["pytest"] = time.perf_counter()
    start = marks["forked"]
    steps = {k: round((v - start) * 1000, 2) for k, v in marks.items()}
    out.write(json.dumps({"kind": "timings", "ms": steps}) + "\n")
    out.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
