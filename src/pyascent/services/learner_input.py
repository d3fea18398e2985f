"""The one rule for text a learner sends (code, drafts, files), on the web and in the CLI.

Checked once, at the boundary, before anything is stored: a value that passed here can be
saved, shown and graded; one that did not is refused with a reason a person can act on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pyascent.services.errors import ServiceError


class InputRefused(ServiceError):
    """Learner input that cannot be accepted; `reason` lets the web pick its status code.

    Reasons: too-large, not-utf8, empty, not-a-file, missing.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def checked_text(
    text: object, limit_kb: int, what: str = "Your code", *, empty_ok: bool = False
) -> str:
    """`text` if it is a string of valid UTF-8 within `limit_kb`, else InputRefused."""
    if not isinstance(text, str):
        raise InputRefused("missing", f"{what} must be text.")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InputRefused(
            "not-utf8",
            f"{what} contains characters that are not valid UTF-8 (position {exc.start}).",
        ) from exc
    _check_size(size, limit_kb, what)
    if not empty_ok and not text.strip():
        raise InputRefused("empty", f"{what} is empty: write something before checking.")
    return text


def checked_bytes(data: bytes, limit_kb: int, what: str) -> bytes:
    _check_size(len(data), limit_kb, what)
    return data


def _check_size(size: int, limit_kb: int, what: str) -> None:
    if size > limit_kb * 1024:
        raise InputRefused("too-large", f"{what} is {_kb(size)} KB; the limit is {limit_kb} KB.")


def _kb(size: int) -> int:
    return max(1, round(size / 1024))


def read_learner_file(path: Path, limit_kb: int) -> bytes:
    """The bytes of a file a learner wrote, refusing what cannot be code.

    A FIFO would block forever and a device (/dev/zero) never ends, so only regular files
    are opened, without blocking, and never more than the limit is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except FileNotFoundError as exc:
        raise InputRefused("missing", f"{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise InputRefused("not-a-file", f"{path} is a folder; give the path of a file.") from exc
    except OSError as exc:
        raise InputRefused("missing", f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputRefused("not-a-file", f"{path} is a folder; give the path of a file.")
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused(
                "not-a-file",
                f"{path} is not an ordinary file (a pipe, device or socket); give the path of "
                "your .py file.",
            )
        if info.st_size > limit_kb * 1024:
            raise InputRefused(
                "too-large", f"{path} is {_kb(info.st_size)} KB; the limit is {limit_kb} KB."
            )
        chunks = []
        remaining = limit_kb * 1024 + 1  # one byte more tells a file that grew past the limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise InputRefused("missing", f"Cannot read {path}: {exc.strerror}.") from exc
    finally:
        os.close(fd)
    return checked_bytes(data, limit_kb, str(path))
