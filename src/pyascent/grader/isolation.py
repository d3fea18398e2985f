"""What the host can offer a check: an unprivileged uid, a cgroup cap on processes.

Detected once per process. A layer that is missing is reported, never silently assumed:
`sandbox` in every verdict lists the layers that were in force.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import os
import platform
import signal
import site
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SLOT_COUNT = 64
FIRST_SLOT_UID = 61000
CGROUP_NAME = "pyascent"


@dataclass(frozen=True)
class HostCapabilities:
    """Which isolation layers this host offers, and why any is missing."""

    is_root: bool
    namespaces: bool
    landlock_abi: int
    seccomp: bool
    uid_drop: bool
    cgroup_base: Path | None
    notes: tuple[str, ...]

    def expected_layers(self) -> dict[str, object]:
        """What every check must get; a check that cannot apply one of these fails closed."""
        return {
            "namespaces": self.namespaces,
            "landlock": self.landlock_abi,
            "seccomp": self.seccomp,
        }


def _readable_by_others(path: Path, ancestors: bool = True) -> bool:
    """True if a user with no special rights can reach and read `path`."""
    path = path.resolve()
    chain = [*reversed(path.parents), path] if ancestors else [path]
    for parent in chain:
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


COVERED = ("/tmp", "/var/tmp", "/dev/shm", "/home", "/root", "/run")


def _reachable_in_check(path: Path, namespaces: bool) -> bool:
    """Can an unprivileged uid read `path` inside a check?

    With a mount namespace, the folders above a kept runtime folder that lies under a
    covered place (/tmp, /root...) are recreated world-traversable; only the part from the
    kept folder down must be readable by others.
    """
    path = path.resolve()
    if namespaces:
        for root in keep_paths():
            inside = path == Path(root) or Path(root) in path.parents
            if inside and any(root == c or root.startswith(c + "/") for c in COVERED):
                relative = path.relative_to(root)
                current = Path(root)
                for part in ("", *relative.parts):
                    current = current / part if part else current
                    if not _readable_by_others(current, ancestors=False):
                        return False
                return True
    return _readable_by_others(path)


def runtime_paths() -> list[Path]:
    """Everything a check process must read after it gave up root."""
    # Our own `inside` modules are imported by the worker before any check starts. pytest is
    # found without importing it: the CLI would pay a quarter of a second for a path.
    spec = importlib.util.find_spec("pytest")
    assert spec is not None and spec.origin is not None, "pytest is a dependency"
    return [Path(sys.executable), Path(os.__file__).parent, Path(spec.origin).parent]


def keep_paths() -> list[str]:
    """Folders of the Python runtime that stay visible (read-only) inside a check."""
    candidates = {
        sys.prefix,
        sys.exec_prefix,
        sys.base_prefix,
        sys.base_exec_prefix,
        str(Path(sys.executable).resolve().parent),
        *site.getsitepackages(),
        # Folders added by .pth files or PYTHONPATH hold packages a check may import.
        *[p for p in sys.path if p and Path(p).is_dir()],
    }
    kept = {str(Path(p).resolve()) for p in candidates if Path(p).exists()}
    # Never keep a whole shared place (a script run from /tmp puts /tmp on sys.path).
    return sorted(p for p in kept if p != "/" and p not in COVERED)


def _probe(code: str) -> tuple[bool, str]:
    """Run a tiny probe in a fresh interpreter: safe even from a threaded host."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-S", "-c", code],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    return done.returncode == 0, (done.stdout + done.stderr).strip()


_NAMESPACE_PROBE = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
flags = 0x00020000 | 0x40000000 | 0x08000000 | 0x04000000 | 0x20000000
if os.getuid() != 0:
    flags |= 0x10000000
if libc.unshare(flags) != 0:
    print(os.strerror(ctypes.get_errno())); sys.exit(1)
"""

_LANDLOCK_PROBE = """
import ctypes
libc = ctypes.CDLL(None, use_errno=True); libc.syscall.restype = ctypes.c_long
print(max(0, libc.syscall(444, None, ctypes.c_size_t(0), 1)))
"""


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
def detect(allow_namespaces: bool = True) -> HostCapabilities:
    """Probe the host once per process (per setting).

    allow_namespaces=False pretends the host has none: the fallback a container gets.
    """
    is_root = os.geteuid() == 0
    notes = []
    namespaces, why = _probe(_NAMESPACE_PROBE) if allow_namespaces else (False, "switched off")
    if not namespaces:
        notes.append(
            f"no namespaces ({why or 'unshare refused'}): no private network, /tmp or pid "
            "space; typical inside an unprivileged container or with user namespaces disabled"
        )
    ok, text = _probe(_LANDLOCK_PROBE)
    landlock_abi = int(text) if ok and text.isdigit() else 0
    if not landlock_abi:
        notes.append("no Landlock (needs Linux >= 5.13 with landlock in the LSM list)")
    seccomp = platform.machine() == "x86_64"
    if not seccomp:
        notes.append(f"no seccomp filter for {platform.machine()} yet")
    unreadable = [p for p in runtime_paths() if not _reachable_in_check(p, namespaces)]
    uid_drop = is_root and not unreadable
    if is_root and unreadable:
        notes.append(
            f"checks run as root: {unreadable[0]} is not readable by other users "
            "(install pyascent in a virtual environment other users can read)"
        )
    if not is_root:
        notes.append(
            "checks run as your own user (start pyascent as root for a separate uid per slot)"
        )
    cgroup = _pids_cgroup_base() if is_root else None
    if cgroup is not None:
        try:
            cgroup.mkdir(exist_ok=True)
            if cgroup.parent.name != "pids":  # cgroup v2: enable pids for our children
                (cgroup / "cgroup.subtree_control").write_text("+pids")
        except OSError as exc:
            notes.append(f"no cgroup process cap ({exc.strerror})")
            cgroup = None
    elif is_root:
        notes.append(
            "no writable pids cgroup: a check running as root has no cap on its processes"
            if not uid_drop
            else "no writable pids cgroup: processes are capped by RLIMIT_NPROC per slot uid"
        )
    return HostCapabilities(
        is_root, namespaces, landlock_abi, seccomp, uid_drop, cgroup, tuple(notes)
    )


@dataclass
class Slot:
    """A numbered place for one check at a time: its own uid and cgroup."""

    number: int
    uid: int | None
    cgroup: Path | None
    _lock: int

    def sweep(self, spare: int | None = None) -> None:
        """Kill whatever a check left behind in this slot (but `spare`, the worker)."""
        if self.cgroup is not None:
            kill_cgroup(self.cgroup, spare)
        if self.uid is not None:
            kill_uid(self.uid)

    def release(self) -> None:
        self.sweep()
        os.close(self._lock)


def _slot_dir() -> Path:
    path = Path(tempfile.gettempdir()) / f"pyascent-slots-{os.geteuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def claim_slot(processes: int, caps: HostCapabilities) -> Slot:
    """Take a free slot; a file lock makes slots exclusive across processes too."""
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
        # The worker (zygote) and the check's launcher count too.
        (path / "pids.max").write_text(str(processes + 3))
    except OSError:
        return None
    return path


def kill_cgroup(path: Path, spare: int | None = None) -> None:
    """Kill every process in the cgroup, including ones that left the process group."""
    procs = path / "cgroup.procs"
    for _ in range(100):
        try:
            pids = [int(p) for p in procs.read_text().split() if int(p) != spare]
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
