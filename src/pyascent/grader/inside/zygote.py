"""A pre-warmed worker: imports pytest and friends once, then forks a fresh child per check.

Started by the host as `python -I zygote.py '<config json>'` with a clean environment. It
speaks JSON lines: the host writes one job per line on stdin; the zygote answers
{"event": "started", "pid": N} and {"event": "exited", "code": C}. Single-threaded by
design: forking a process with other threads running is unsafe.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import importlib.util
import io
import json
import os
import signal
import socket
import sys
import tempfile
import time
from types import ModuleType
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
PR_SET_CHILD_SUBREAPER = 36

WARM_SOLUTION = "def add(a, b):\n    return a + b\n"
WARM_WRONG = "def add(a, b):\n    return a - b\n"
WARM_CRASH = "def add(a, b):\n    return undefined_name\n"
WARM_TESTS = (
    "import unittest\nfrom warm_adder import add\n\n"
    "def test_add():\n    assert add(2, 3) == 5, 'add(2, 3) should be 5'\n\n"
    "def test_print(capsys):\n    print('x')\n    assert capsys.readouterr().out == 'x\\n'\n\n"
    "class TestCase(unittest.TestCase):\n    def test_zero(self):\n"
    "        self.assertEqual(add(0, 1), 1)\n"
)


def load(name: str) -> ModuleType:
    """Import a sibling module by path, under a name no learner file can shadow."""
    spec = importlib.util.spec_from_file_location(f"_pyascent_inside_{name}", f"{HERE}/{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def warm_up(mods: dict[str, ModuleType]) -> None:
    """Run pytest on passing, failing and crashing code so its lazy imports happen here once."""
    check = mods["check"]
    home = os.getcwd()
    saved_path = list(sys.path)
    for source in (WARM_SOLUTION, WARM_WRONG, WARM_CRASH, "def add(a, b)\n"):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "warm_adder.py"), "w") as handle:
                handle.write(source)
            with open(os.path.join(folder, "test_warm.py"), "w") as handle:
                handle.write(WARM_TESTS)
            job = {"work_dir": folder, "files": ["warm_adder.py"], "tests": ["test_warm.py"]}
            if check.preflight(folder, job["files"]) is None:
                os.chdir(folder)
                sys.path.insert(0, folder)
                try:
                    check.run_pytest(job, io.StringIO(), mods)
                finally:
                    os.chdir(home)
            for name in ("warm_adder", "test_warm"):
                sys.modules.pop(name, None)
            sys.path[:] = saved_path


def reap_orphans(grace: float = 0.5) -> None:
    """Collect processes of the check re-parented to us (we are a subreaper).

    When a check's pid namespace ends, its last processes are killed by the kernel and
    handed to us as they die; wait briefly so none is left as a zombie.
    """
    deadline = time.monotonic() + grace
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.001)


def spawn(
    job: dict[str, Any],
    mods: dict[str, ModuleType],
    bpf: bytes | None,
    close: tuple[Any, ...] = (),
) -> int:
    """A fresh child for one side of a check (in new namespaces when expected)."""
    note: str | None = None
    if job["expect"]["namespaces"]:
        pid, note = mods["confine"].fork_into_namespaces()
        if pid < 0:  # the check fails closed and says why
            pid = os.fork()
    else:
        pid = os.fork()
    if pid == 0:
        for end in close:  # sockets, the shared page, eventfds: what this side must not hold
            if isinstance(end, int):
                os.close(end)
            else:
                end.close()
        mods["check"].run_check(job, mods, bpf, note)
    return int(pid)


def run_verified(job: dict[str, Any], mods: dict[str, ModuleType], bpf: bytes | None) -> None:
    """Judge and subject, joined by a socket pair and nothing else.

    When the tests run the learner's files as programs, a third process, the runner, does
    that: it never imports learner code itself, so nothing the learner's module does at
    import can fake a program's output.
    """
    judge_end, subject_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    # The fast lane (link.py): a page both map and an eventfd to wake each side.
    memory, bells = mods["link"].create() if mods["link"].available() else (None, (-1, -1))
    lane = {"memory": memory, "bells": list(bells)} if memory is not None else None
    subject_job = {
        **job["subject"],
        "channel_fd": subject_end.fileno(),
        "role": "subject",
        "lane": lane,
    }
    subject = spawn(subject_job, mods, bpf, close=(judge_end,))
    judge_job = {**job, "channel_fd": judge_end.fileno(), "role": "judge", "lane": lane}
    judge_job.pop("subject")
    lane_ends: tuple[Any, ...] = (memory, *bells) if memory is not None else ()
    opened: list[int] = []
    net = -1
    if job["expect"]["namespaces"]:
        # The judge joins the subject's network namespace: a server the tests start on
        # 127.0.0.1 is then reachable by the learner's code, and nothing else is.
        with contextlib.suppress(OSError):
            net = os.open(f"/proc/{subject}/ns/net", os.O_RDONLY)
            opened.append(net)
    judge_job["join_net_fd"] = net
    stat = -1
    with contextlib.suppress(OSError):  # the judge reads the subject's CPU time from it
        stat = os.open(f"/proc/{subject}/stat", os.O_RDONLY)
        opened.append(stat)
    judge_job["subject_stat_fd"] = stat
    runner = None
    ends: list[socket.socket] = [judge_end, subject_end]
    if job.get("runner"):
        judge_runner_end, runner_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        ends += [judge_runner_end, runner_end]
        runner_job = {
            **job["subject"],
            "channel_fd": runner_end.fileno(),
            "role": "runner",
            "join_net_fd": net,
        }
        runner = spawn(
            runner_job, mods, bpf, close=(judge_end, subject_end, judge_runner_end, *lane_ends)
        )
        judge_job["runner_fd"] = judge_runner_end.fileno()
        judge = spawn(judge_job, mods, bpf, close=(subject_end, runner_end))
    else:
        judge = spawn(judge_job, mods, bpf, close=(subject_end,))
    for fd in opened:
        os.close(fd)
    for end in ends:
        end.close()
    for shared in lane_ends:  # the zygote keeps no part of a check's lane
        if isinstance(shared, int):
            os.close(shared)
        else:
            shared.close()
    reply({"event": "started", "pid": judge, "subject": subject, "runner": runner})
    _, raw = os.waitpid(judge, 0)
    # How the subject ended, if it ended on its own: the verdict names the cause.
    done, status = os.waitpid(subject, os.WNOHANG)
    subject_code = os.waitstatus_to_exitcode(status) if done else None
    for pid, finished in ((subject, done), (runner, 0)):
        if pid is None or finished:
            continue
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    reap_orphans()
    reply({"event": "exited", "code": os.waitstatus_to_exitcode(raw), "subject": subject_code})


def reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> None:
    config = json.loads(sys.argv[1])
    sys.dont_write_bytecode = True
    names = (
        "wire",
        "libraries",
        "link",
        "confine",
        "collector",
        "fixtures",
        "landlock",
        "seccomp",
        "check",
    )
    mods = {name: load(name) for name in (*names, "judge", "programs", "subject")}
    import pytest  # noqa: F401  (imported once here, inherited by every check)

    preloaded = []
    for name in config.get("preload", []):
        try:
            importlib.import_module(name)
            preloaded.append(name)
        except Exception:  # a package that is not installed is simply not pre-imported
            continue
    bpf = mods["seccomp"].build_filter()
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    if config.get("warm", True):
        warm_up(mods)
    gc.collect()
    gc.freeze()
    reply({"event": "ready", "pid": os.getpid(), "preloaded": preloaded})
    for line in sys.stdin:
        job = json.loads(line)
        if job.get("quit"):
            break
        if job.get("mode") == "verified":
            run_verified(job, mods, bpf)
            continue
        pid = spawn(job, mods, bpf)
        reply({"event": "started", "pid": pid})
        _, raw = os.waitpid(pid, 0)
        reap_orphans()
        reply({"event": "exited", "code": os.waitstatus_to_exitcode(raw)})


if __name__ == "__main__":
    main()
