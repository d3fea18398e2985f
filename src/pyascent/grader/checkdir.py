"""The per-check folder: the learner's files, support files and hidden tests, then removal."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def private_root(kind: str) -> Path:
    """A folder of ours in memory (/dev/shm) when there is one, else under the temp dir.

    Checks write and delete small files constantly; on a disk each truncate and unlink goes
    through the journal, in memory it costs microseconds.
    """
    shm = Path("/dev/shm")
    base = shm if shm.is_dir() and os.access(shm, os.W_OK) else Path(tempfile.gettempdir())
    root = base / f"pyascent-{kind}-{os.geteuid()}"
    root.mkdir(mode=0o711, exist_ok=True)
    if root.stat().st_mode & 0o777 != 0o711:  # the slots' uids must pass through it
        root.chmod(0o711)
    return root


def prepare(
    files: Mapping[str, bytes],
    support: Mapping[str, bytes],
    tests_dir: Path | None,
    slot_number: int,
    uid: int | None,
) -> Path:
    root = private_root("checks")
    prefix = f"slot{slot_number}-"
    # The caller holds the slot: a folder with its prefix is a leftover of a killed grader.
    for stale in root.glob(prefix + "*"):
        remove(stale)  # (also the subject and exchange folders of a verified check)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    for name, content in {**support, **files}.items():
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for item in tests_dir.iterdir() if tests_dir else ():
        if item.name == "__pycache__":
            continue
        if item.is_dir():
            shutil.copytree(item, work / item.name, dirs_exist_ok=True)
        else:
            shutil.copy2(item, work / item.name)
    if uid is not None:
        for path in [work, *work.rglob("*")]:
            os.chown(path, uid, uid, follow_symlinks=False)
    return work


def remove(path: Path) -> None:
    def unlock(func: Any, target: str, _exc: Any) -> None:
        # A learner may chmod its folder to 000; we own it, so give rights back and retry.
        # Never the folder that holds `path`: that is the shared root, which the slots'
        # uids must still pass through (0o700 there broke every later check without
        # namespaces).
        with contextlib.suppress(OSError):
            parent = Path(target).parent
            if parent != path.parent:
                parent.chmod(0o700)
            Path(target).chmod(0o700)
            func(target)

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=unlock)
    else:
        shutil.rmtree(path, onerror=unlock)


def prepare_verified(
    files: Mapping[str, bytes],
    support: Mapping[str, bytes],
    tests_dir: Path,
    slot_number: int,
    uid: int | None,
    exchange_uid: int | None,
) -> tuple[Path, Path, Path]:
    """Three folders: the judge's (hidden tests), the subject's (the learner's files and the
    tests' data files, never their code) and an exchange folder both may use for files."""
    judge = prepare({}, {}, tests_dir, slot_number, uid)
    copy = judge / ".learner"
    copy.mkdir()
    for name, content in files.items():  # for a syntax check only; never imported there
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes(content)
    subject = Path(tempfile.mkdtemp(prefix=judge.name + "-subject-", dir=judge.parent))
    exchange = Path(tempfile.mkdtemp(prefix=judge.name + "-exchange-", dir=judge.parent))
    for item in tests_dir.iterdir():  # the tests' data travel, their code does not
        if item.name == "__pycache__" or item.suffix == ".py":
            continue
        if item.is_dir():  # a folder of data may hold code of the tests' too: not that
            shutil.copytree(
                item,
                subject / item.name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("*.py", "*.pyc", "__pycache__"),
            )
        else:
            shutil.copy2(item, subject / item.name)
    for name, content in {**support, **files}.items():
        target = subject / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for folder in (copy, subject):
        if uid is not None:
            for path in [folder, *folder.rglob("*")]:
                os.chown(path, uid, uid, follow_symlinks=False)
    if exchange_uid is not None:  # shared by bind mount, so owned on the host side
        os.chown(exchange, exchange_uid, exchange_uid)
    return judge, subject, exchange
