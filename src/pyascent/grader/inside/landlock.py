"""Landlock: the check may read the Python runtime and write only its own folder.

Also scopes signals and abstract unix sockets (ABI >= 6), so learner code cannot signal or
connect to anything outside its own check. Standard library only (raw syscalls).
"""

from __future__ import annotations

import ctypes
import os
import struct

SYS_CREATE_RULESET = 444
SYS_ADD_RULE = 445
SYS_RESTRICT_SELF = 446
CREATE_RULESET_VERSION = 1
RULE_PATH_BENEATH = 1

EXECUTE = 1 << 0
WRITE_FILE = 1 << 1
READ_FILE = 1 << 2
READ_DIR = 1 << 3
FILE_ONLY = {
    1: 0b111,
    2: 0b111,
    3: 0b111 | 1 << 14,
    4: 0b111 | 1 << 14,
    5: 0b111 | 1 << 14 | 1 << 15,
}
SCOPE_ABSTRACT_UNIX = 1
SCOPE_SIGNAL = 2

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def abi_version() -> int:
    version = _libc.syscall(SYS_CREATE_RULESET, None, ctypes.c_size_t(0), CREATE_RULESET_VERSION)
    return int(version) if version > 0 else 0


def _all_fs_rights(abi: int) -> int:
    bits = 13 + (abi >= 2) + (abi >= 3) + (abi >= 5)
    return (1 << bits) - 1


class Ruleset:
    """Built while still privileged; applied with `restrict()` after dropping the uid."""

    def __init__(self, abi: int) -> None:
        self.abi = min(abi, 6)
        self.all = _all_fs_rights(self.abi)
        scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL if self.abi >= 6 else 0
        if self.abi >= 6:
            raw = struct.pack("QQQ", self.all, 0, scoped)
        elif self.abi >= 4:
            raw = struct.pack("QQ", self.all, 0)
        else:
            raw = struct.pack("Q", self.all)
        attr = ctypes.create_string_buffer(raw, len(raw))
        fd = _libc.syscall(SYS_CREATE_RULESET, attr, ctypes.c_size_t(len(raw)), 0)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "landlock_create_ruleset failed")
        self.fd = int(fd)
        self.scoped = bool(scoped)

    def allow(self, path: str, write: bool) -> None:
        try:
            target = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            return  # a path that does not exist needs no rule
        try:
            is_dir = os.path.isdir(path)
            rights = (self.all if write else EXECUTE | READ_FILE | READ_DIR) & self.all
            if not is_dir:
                rights &= FILE_ONLY.get(self.abi, 0b111)
            rule = struct.pack("=Qi", rights, target)
            buffer = ctypes.create_string_buffer(rule, len(rule))
            if _libc.syscall(SYS_ADD_RULE, self.fd, RULE_PATH_BENEATH, buffer, 0) != 0:
                raise OSError(ctypes.get_errno(), f"landlock_add_rule failed for {path}")
        finally:
            os.close(target)

    def restrict(self) -> None:
        """Needs PR_SET_NO_NEW_PRIVS (set by the seccomp step or here)."""
        _libc.prctl(38, 1, 0, 0, 0)
        if _libc.syscall(SYS_RESTRICT_SELF, self.fd, 0) != 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self failed")
        os.close(self.fd)
