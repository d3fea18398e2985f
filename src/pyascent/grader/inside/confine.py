"""Isolation applied by the check process to itself before any learner code runs.

Standard library only. The host decides what to ask for; this module does it and reports
which layers took effect, so every verdict can say how it was produced.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import resource
import signal
import socket
import struct

CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1

_libc = ctypes.CDLL(None, use_errno=True)


def die_with_parent() -> None:
    """Ask the kernel to kill us if the grader dies, so no check outlives its supervisor."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def join_cgroup(procs_file: str) -> str:
    """Move this process into the grader's per-check cgroup (a cap on processes)."""
    try:
        with open(procs_file, "w") as handle:
            handle.write(str(os.getpid()))
    except OSError as exc:
        return f"unavailable ({exc.strerror})"
    return "cgroup pids limit"


def unshare_namespaces() -> tuple[bool, str]:
    """New network, IPC, UTS and pid namespaces (plus a user namespace when not root).

    Returns whether a pid namespace was created: the caller must then fork, because only
    children of this process live in the new pid namespace.
    """
    uid, gid = os.getuid(), os.getgid()
    flags = CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID
    if uid != 0:
        flags |= CLONE_NEWUSER
    if _libc.unshare(flags) != 0:
        err = ctypes.get_errno()
        return False, f"unavailable (unshare: {os.strerror(err)})"
    if uid != 0:
        try:
            _write("/proc/self/setgroups", "deny")
            _write("/proc/self/uid_map", f"{uid} {uid} 1")
            _write("/proc/self/gid_map", f"{gid} {gid} 1")
        except OSError as exc:
            return True, f"partial (user map: {exc.strerror})"
    return True, "namespaces: net (loopback only), pid, ipc, uts"


def loopback_up() -> None:
    """A new network namespace starts with `lo` down; tests may serve on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14s", b"lo", 0, b"")
        flags = struct.unpack("16sH", fcntl.ioctl(sock, SIOCGIFFLAGS, request)[:18])[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH14s", b"lo", flags | IFF_UP, b""))


def _write(path: str, text: str) -> None:
    with open(path, "w") as handle:
        handle.write(text)


def _vm_size() -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _own_process_count(uid: int) -> int:
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
            except OSError:
                pass
    return count


def apply_limits(limits: dict[str, float], new_uid: int | None) -> list[str]:
    """Set rlimits; the address-space budget comes on top of what is already mapped."""
    mib = 1024 * 1024
    cpu = int(limits["cpu_seconds"] + 0.999)
    settings = [
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_AS, _vm_size() + int(limits["memory_mb"]) * mib, None),
        (resource.RLIMIT_FSIZE, int(limits["file_size_kb"]) * 1024, None),
        (resource.RLIMIT_NOFILE, int(limits["open_files"]), None),
        (resource.RLIMIT_CORE, 0, None),
    ]
    processes = int(limits["processes"])
    if new_uid is None and os.getuid() != 0:
        # RLIMIT_NPROC counts every process of the real uid, not just ours.
        processes += _own_process_count(os.getuid())
    settings.append((resource.RLIMIT_NPROC, processes, None))
    applied = []
    for which, soft, hard in settings:
        try:
            resource.setrlimit(which, (soft, soft if hard is None else hard))
            applied.append(which)
        except (ValueError, OSError):
            continue
    return ["rlimits: cpu, memory, file size, open files, core, processes"] if applied else []


def drop_privileges(uid: int, gid: int) -> str:
    """Become an unprivileged user that owns nothing but the check folder."""
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    return f"unprivileged uid {uid}"


def close_other_fds(keep: int) -> None:
    """Leave the learner nothing but stdin, stdout, stderr and the result channel."""
    os.closerange(3, keep)
    os.closerange(keep + 1, 65536)
