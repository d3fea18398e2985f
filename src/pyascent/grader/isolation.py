"""What the host can offer a check: an unprivileged uid, a cgroup cap on processes.

Detected once per process. A layer that is missing is reported, never silently assumed:
`sandbox` in every verdict lists the layers that were in force.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

SLOT_COUNT = 64
FIRST_SLOT_UID = 61000
CGROUP_NAME = "pyascent"


@dataclass(frozen=True)
class HostCapabilities:
    is_root: bool
    uid_drop: bool
    cgroup_base: Path | None
    notes: tuple[str, ...]


def _readable_by_others(path: Path) -> bool:
    """True if a user with no special rights can reach and read `path`."""
    path = path.resolve()
    for parent in [*reversed(path.parents), path]:
        try:
            mode = parent.stat().st_mode
        except OSError:
            return False
        if stat.S_ISDIR(mode):
            if not mode & stat.S_IXOTH:
                return False
        elif not mode & stat.S_IROTH:
            return False
    return True


def runtime_paths() -> list[Path]:
    """Everything a check process must read after it gave up root."""
    return [
        Path(sys.executable),
        Path(os.__file__).parent,
        Path(pytest.__file__).parent,
        Path(__file__).parent / "inside",
    ]


def _pids_cgroup_base() -> Path | None:
    v1 = Path("/sys/fs/cgroup/pids")
    if (v1 / "cgroup.procs").exists() and os.access(v1, os.W_OK):
        return v1 / CGROUP_NAME
    v2 = Path("/sys/fs/cgroup")
    with contextlib.suppress(OSError):
        if "pids" in (v2 / "cgroup.subtree_control").read_text().split() and os.access(v2, os.W_OK):
            return v2 / CGROUP_NAME
    return None


@cache
def detect() -> HostCapabilities:
    is_root = os.geteuid() == 0
    notes = []
    unreadable = [p for p in runtime_paths() if not _readable_by_others(p)]
    uid_drop = is_root and not unreadable
    if is_root and unreadable:
        notes.append(
            f"checks run as root: {unreadable[0]} is not readable by other users "
            "(install pyascent in a virtual environment outside /root)"
        )
    if not is_root:
        notes.append("checks run as your own user (start pyascent as root for a separate uid)")
    cgroup = _pids_cgroup_base() if is_root else None
    if cgroup is not None:
        try:
            cgroup.mkdir(exist_ok=True)
            if cgroup.parent.name != "pids":  # cgroup v2: enable pids for our children
                (cgroup / "cgroup.subtree_control").write_text("+pids")
        except OSError as exc:
            notes.append(f"no cgroup process cap ({exc.strerror})")
            cgroup = None
    return HostCapabilities(is_root, uid_drop, cgroup, tuple(notes))


@dataclass
class Slot:
    """A numbered place for one check at a time: its own uid and cgroup."""

    number: int
    uid: int | None
    cgroup: Path | None
    _lock: int

    def release(self) -> None:
        if self.cgroup is not None:
            kill_cgroup(self.cgroup)
        if self.uid is not None:
            kill_uid(self.uid)
        os.close(self._lock)


def _slot_dir() -> Path:
    path = Path(tempfile.gettempdir()) / f"pyascent-slots-{os.geteuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def claim_slot(processes: int) -> Slot:
    """Take a free slot; a file lock makes slots exclusive across processes too."""
    caps = detect()
    folder = _slot_dir()
    deadline = time.monotonic() + 30
    while True:
        for number in range(SLOT_COUNT):
            fd = os.open(folder / f"{number}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            uid = FIRST_SLOT_UID + number if caps.uid_drop else None
            cgroup = _prepare_cgroup(caps.cgroup_base, number, processes)
            if uid is not None:
                kill_uid(uid)  # leftovers of a crashed earlier grader
            return Slot(number, uid, cgroup, fd)
        if time.monotonic() > deadline:
            raise TimeoutError("all grading slots are busy")
        time.sleep(0.05)


def _prepare_cgroup(base: Path | None, number: int, processes: int) -> Path | None:
    if base is None:
        return None
    path = base / f"slot-{number}"
    try:
        path.mkdir(exist_ok=True)
        kill_cgroup(path)
        # The runner's own processes (launcher, init, worker) count too.
        (path / "pids.max").write_text(str(processes + 3))
    except OSError:
        return None
    return path


def kill_cgroup(path: Path) -> None:
    """Kill every process in the cgroup, including ones that left the process group."""
    procs = path / "cgroup.procs"
    for _ in range(100):
        try:
            pids = [int(p) for p in procs.read_text().split()]
        except OSError:
            return
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.005)


def kill_uid(uid: int) -> None:
    """Kill every process whose real uid is the slot's: nothing outlives its check."""
    for _ in range(20):
        found = False
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                if os.stat(f"/proc/{entry}").st_uid != uid:
                    continue
                os.kill(int(entry), signal.SIGKILL)
                found = True
            except (OSError, ProcessLookupError):
                continue
        if not found:
            return
        time.sleep(0.005)
