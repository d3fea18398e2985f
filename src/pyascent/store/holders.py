"""Who is grading a pending attempt, named so that another process can tell it is gone.

A holder is `boot-id/pid-namespace/pid/start-time` of the process that saved the attempt.
On the same machine (same boot, same pid namespace) the holder still runs only if a process
with that pid *and* that start time does: a pid reused after a crash is not mistaken for it.
Anywhere else (another machine on a shared PostgreSQL, another container, no /proc) nothing
can be told from a holder, and recovery waits for the lease to run out instead.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

PROC = Path("/proc")


def this_process() -> str | None:
    """The holder to record for attempts this process grades; None without /proc."""
    return _own(os.getpid())


@functools.cache
def _own(pid: int) -> str | None:  # keyed by pid: a forked child names itself anew
    return holder_of(pid)


def holder_of(pid: int) -> str | None:
    """The holder name of a process on this machine; None when it cannot be told."""
    try:
        boot = (PROC / "sys" / "kernel" / "random" / "boot_id").read_text().strip()
        namespace = os.readlink(PROC / "self" / "ns" / "pid")
    except OSError:
        return None
    started = _start_time(pid)
    return None if started is None else f"{boot}/{namespace}/{pid}/{started}"


def is_gone(holder: str | None) -> bool:
    """True only when the holder certainly no longer runs (it ran on this machine)."""
    here = this_process()
    if holder is None or here is None:
        return False
    parts = holder.split("/")
    if len(parts) != 4 or parts[:2] != here.split("/")[:2] or not parts[2].isdigit():
        return False  # another machine, boot or container: only the lease can tell
    pid = int(parts[2])
    started = _start_time(pid)
    if started is None:
        return not _exists(pid)
    return started != parts[3]


def _start_time(pid: int) -> str | None:
    """Field 22 of /proc/PID/stat (clock ticks after boot); None when it cannot be read."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


def _exists(pid: int) -> bool:
    """Whether any process has this pid (one hidden from us by hidepid still counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
