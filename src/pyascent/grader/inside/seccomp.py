"""A seccomp deny-list written as a raw BPF program (no libseccomp, stdlib only).

It blocks the kernel interfaces a Python exercise never needs and escapes usually start
from: debugging other processes, namespaces and mounts, BPF, keyrings, io_uring, modules,
clocks. Everything else is allowed: the other layers (uid, namespaces, Landlock, rlimits)
do the rest. x86_64 only; elsewhere the layer is reported as unavailable.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

AUDIT_ARCH_X86_64 = 0xC000003E
SECCOMP_RET_KILL_PROCESS = 0x80000000
SECCOMP_RET_ERRNO = 0x00050000
SECCOMP_RET_ALLOW = 0x7FFF0000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
CLONE_NAMESPACES = (
    0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000
)

LD_ABS = 0x20
JEQ = 0x15
JGE = 0x35
JSET = 0x45
RET = 0x06

# x86_64 syscall numbers.
DENIED = {
    "ptrace": 101,
    "process_vm_readv": 310,
    "process_vm_writev": 311,
    "mount": 165,
    "umount2": 166,
    "pivot_root": 155,
    "chroot": 161,
    "unshare": 272,
    "setns": 308,
    "bpf": 321,
    "perf_event_open": 298,
    "keyctl": 250,
    "add_key": 248,
    "request_key": 249,
    "userfaultfd": 323,
    "io_uring_setup": 425,
    "io_uring_enter": 426,
    "io_uring_register": 427,
    "kexec_load": 246,
    "kexec_file_load": 320,
    "init_module": 175,
    "finit_module": 313,
    "delete_module": 176,
    "clock_settime": 227,
    "settimeofday": 164,
    "adjtimex": 159,
    "clock_adjtime": 305,
    "swapon": 167,
    "swapoff": 168,
    "reboot": 169,
    "sethostname": 170,
    "setdomainname": 171,
    "acct": 163,
    "quotactl": 179,
    "open_by_handle_at": 304,
    "name_to_handle_at": 303,
    "fanotify_init": 300,
    "open_tree": 428,
    "move_mount": 429,
    "fsopen": 430,
    "fsconfig": 431,
    "fsmount": 432,
    "fspick": 433,
    "mount_setattr": 442,
    "setrlimit": 160,
}
CLONE = 56
CLONE3 = 435
PRLIMIT64 = 302


def _op(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def build_filter() -> bytes | None:
    """The BPF program, or None where this architecture is not supported."""
    if platform.machine() != "x86_64":
        return None
    deny = SECCOMP_RET_ERRNO | errno.EPERM
    prog = [
        _op(LD_ABS, 0, 0, 4),  # seccomp_data.arch
        _op(JEQ, 1, 0, AUDIT_ARCH_X86_64),
        _op(RET, 0, 0, SECCOMP_RET_KILL_PROCESS),
        _op(LD_ABS, 0, 0, 0),  # seccomp_data.nr
        _op(JGE, 0, 1, 0x40000000),  # the x32 ABI would bypass the numbers below
        _op(RET, 0, 0, deny),
    ]
    for number in sorted(DENIED.values()):
        prog += [_op(JEQ, 0, 1, number), _op(RET, 0, 0, deny)]
    # clone3 cannot be inspected (its flags live in memory): make libc fall back to clone.
    prog += [_op(JEQ, 0, 1, CLONE3), _op(RET, 0, 0, SECCOMP_RET_ERRNO | errno.ENOSYS)]
    # prlimit64 with a new limit (args[2] != NULL) could raise limits; reading stays allowed.
    prog += [
        _op(JEQ, 0, 5, PRLIMIT64),
        _op(LD_ABS, 0, 0, 16 + 2 * 8),  # args[2], low 32 bits
        _op(JEQ, 0, 2, 0),
        _op(LD_ABS, 0, 0, 16 + 2 * 8 + 4),  # args[2], high 32 bits
        _op(JEQ, 1, 0, 0),
        _op(RET, 0, 0, deny),
        _op(LD_ABS, 0, 0, 0),
    ]
    prog += [
        _op(JEQ, 0, 3, CLONE),
        _op(LD_ABS, 0, 0, 16),  # args[0] (flags), low 32 bits
        _op(JSET, 0, 1, CLONE_NAMESPACES),
        _op(RET, 0, 0, deny),
        _op(RET, 0, 0, SECCOMP_RET_ALLOW),
    ]
    return b"".join(prog)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def load(program: bytes) -> None:
    """Install the filter on this process (and all it will fork). Raises OSError."""
    libc = ctypes.CDLL(None, use_errno=True)
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.addressof(buffer))
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_SET_NO_NEW_PRIVS failed")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_SET_SECCOMP failed")
