"""Isolation applied by the check process to itself before any learner code runs.

Standard library only. The host decides what to ask for; this module does it and reports
which layers took effect, so every verdict can say how it was produced.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import resource
import signal
import socket
import struct

CLONE_NEWNS = 0x00020000
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


SYS_CLONE = 56  # x86_64


def fork_into_namespaces() -> tuple[int, str]:
    """fork(), but the child starts as pid 1 of new mount, net, ipc, uts and pid namespaces.

    One clone() instead of unshare() + fork(): a check then needs a single new process.
    Returns the child's pid (0 in the child) and a note; the pid is -1 when the kernel
    refused, and the note says why.
    """
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID
    uid, gid = os.getuid(), os.getgid()
    if uid != 0:
        flags |= CLONE_NEWUSER
    api = ctypes.pythonapi
    _libc.syscall.restype = ctypes.c_long
    api.PyOS_BeforeFork()
    pid = _libc.syscall(SYS_CLONE, ctypes.c_ulong(flags | signal.SIGCHLD), None, None, None, None)
    if pid == 0:
        api.PyOS_AfterFork_Child()
        if uid != 0:
            try:  # map our own ids into the new user namespace, nothing more
                _write("/proc/self/setgroups", "deny")
                _write("/proc/self/uid_map", f"{uid} {uid} 1")
                _write("/proc/self/gid_map", f"{gid} {gid} 1")
            except OSError as exc:
                return 0, f"partial (user map: {exc.strerror})"
        return 0, "namespaces: mount, net (loopback only), pid, ipc, uts"
    err = ctypes.get_errno()
    api.PyOS_AfterFork_Parent()
    if pid < 0:
        return -1, f"unavailable (clone: {os.strerror(err)})"
    return int(pid), ""


def not_dumpable() -> None:
    """No core dumps and no /proc/<pid>/mem access by other processes of the same uid."""
    _libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE


def join_network(fd: int) -> str:
    """Enter another process's network namespace (the judge joins its subject's)."""
    if _libc.setns(fd, CLONE_NEWNET) != 0:
        return f"unavailable (setns: {os.strerror(ctypes.get_errno())})"
    return "shares the subject's loopback"


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


def _threads_fit_the_budget() -> None:
    """Each new thread would otherwise reserve an 8 MiB stack and a 64 MiB malloc arena of
    address space, so eight threads overrun a 512 MiB budget they never touch: cap the
    arenas and use 2 MiB stacks (as deep as a thread's recursion limit needs)."""
    import threading

    m_arena_max = -8
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).mallopt(m_arena_max, 2)
    with contextlib.suppress(ValueError, RuntimeError):
        threading.stack_size(2 * 1024 * 1024)


def apply_limits(limits: dict[str, float], new_uid: int | None) -> list[str]:
    """Set rlimits; the address-space budget comes on top of what is already mapped."""
    _threads_fit_the_budget()
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


def check_environment(work_dir: str, temp_dir: str | None = None) -> None:
    """Point HOME and every temporary-file default at the check's own folders."""
    import tempfile

    temp = temp_dir or work_dir
    os.environ.clear()
    os.environ.update(
        {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": work_dir,
            "TMPDIR": temp,
            "LANG": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        }
    )
    tempfile.tempdir = temp


def close_other_fds(*keep: int) -> None:
    """Leave the process nothing but stdin, stdout, stderr and the channels it needs."""
    low = 3
    for fd in sorted(k for k in keep if k >= 3):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, 65536)


SYSTEM_READ_PATHS = [
    "/usr",
    "/lib",
    "/lib64",
    "/lib32",
    "/bin",
    "/sbin",
    "/proc",
    "/dev/urandom",
    "/dev/random",
    "/dev/zero",
    "/etc/localtime",
    "/etc/passwd",
    "/etc/group",
    "/etc/hosts",
    "/etc/nsswitch.conf",
    "/etc/ssl",
    "/etc/mime.types",
    "/etc/debian_version",  # pip reads the system's name and version (packaging exercises)
    "/etc/os-release",
    "/etc/fonts",  # matplotlib asks fontconfig for fonts; without it, an error on stderr
    # joblib (scikit-learn) reads the CPU quota before it sizes a pool (KMeans, n_jobs)
    "/sys/fs/cgroup/cpu.max",
    "/sys/fs/cgroup/cpu/cpu.cfs_quota_us",
    "/sys/fs/cgroup/cpu/cpu.cfs_period_us",
    "/sys/devices/system/cpu",
]

MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
COVERED = ("/tmp", "/var/tmp", "/dev/shm", "/home", "/root", "/run")


def _mount(
    source: str | None, target: str, fstype: str | None, flags: int, data: str | None
) -> None:
    result = _libc.mount(
        source.encode() if source else None,
        target.encode(),
        fstype.encode() if fstype else None,
        ctypes.c_ulong(flags),
        data.encode() if data else None,
    )
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"mount {target}: {os.strerror(err)}")


def private_mounts(
    keep_readonly: list[str],
    work_dir: str,
    hide: list[str],
    disk_mb: int,
    owner: int | None,
    shared: list[str] | None = None,
) -> str:
    """Fresh tmpfs over the shared writable places; what must stay visible is bound back.

    Must run in a new mount namespace. Paths kept keep their names, and the folders
    recreated above them are world-traversable, so an unprivileged uid can reach a runtime
    that lives under a private folder such as /root or a 0700 temporary directory. The check
    folder becomes a size-limited tmpfs holding a copy of the prepared files: whatever the
    learner writes there cannot fill the host's disk and vanishes with the check.
    """
    _mount(None, "/", None, MS_REC | MS_PRIVATE, None)
    kept: list[tuple[str, int, bool]] = []
    for path, writable in [(p, False) for p in keep_readonly] + [(p, True) for p in shared or []]:
        if any(path == c or path.startswith(c + "/") for c in COVERED) and os.path.exists(path):
            kept.append((path, os.open(path, os.O_PATH | os.O_CLOEXEC), writable))
    source = os.open(work_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    covered = []
    for folder in COVERED:
        if os.path.isdir(folder) and not os.path.islink(folder):
            mode = "1777" if folder in ("/tmp", "/var/tmp", "/dev/shm") else "755"
            _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, f"size=64m,mode={mode}")
            covered.append(folder)
    for path, fd, writable in kept:
        if os.path.isdir(f"/proc/self/fd/{fd}"):
            os.makedirs(path, mode=0o755, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(path), mode=0o755, exist_ok=True)
            open(path, "a").close()
        _mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC, None)
        if not writable:
            _mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID, None)
        os.close(fd)
    os.makedirs(work_dir, mode=0o755, exist_ok=True)
    _mount("tmpfs", work_dir, "tmpfs", MS_NOSUID | MS_NODEV, f"size={disk_mb}m,mode=0700")
    _copy_tree(f"/proc/self/fd/{source}", work_dir, owner)
    os.close(source)
    hidden = []
    for path in hide:
        if os.path.isdir(path):
            _mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=4k,mode=000")
            hidden.append(path)
    note = f"private tmpfs over {', '.join(covered)}; check folder on a {disk_mb} MiB tmpfs"
    return note + ("; course folders hidden" if hidden else "")


def _copy_tree(source: str, target: str, owner: int | None) -> None:
    import shutil

    for entry in os.scandir(source):
        destination = os.path.join(target, entry.name)
        if entry.is_dir(follow_symlinks=False):
            os.mkdir(destination, 0o755)
            _copy_tree(entry.path, destination, owner)
        elif entry.is_file(follow_symlinks=False):
            shutil.copyfile(entry.path, destination)
        else:
            continue
        if owner is not None:
            os.chown(destination, owner, owner)
    if owner is not None:
        os.chown(target, owner, owner)


def act_as_pid_one() -> None:
    """The check runs as pid 1 of its pid namespace, which ignores signals it has no handler
    for: handle the CPU limit's SIGXCPU (else an endless loop would run on to the hard limit)
    and let an oversized write fail with an error instead of a signal."""

    def out_of_cpu(_signum: int, _frame: object) -> None:
        os._exit(128 + signal.SIGXCPU)

    signal.signal(signal.SIGXCPU, out_of_cpu)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def mount_proc() -> None:
    """A /proc that shows only the check's own pid namespace."""
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None)
