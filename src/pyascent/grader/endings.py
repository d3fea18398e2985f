"""Why a check's process stopped early, in a sentence a learner can act on.

All the host sees of a timeout, a resource limit or an exit the learner's code forced is a
flag, a signal or a missing "done" record; each becomes a status, a summary and a hint.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass

from pyascent.grader.api import Limits, Status


@dataclass(frozen=True)
class Ending:
    """How a run ended early: the verdict's status, its summary and what to look for."""

    status: Status
    summary: str
    why: str


def signal_of(code: int | None) -> int | None:
    """The signal behind an exit code: negative from subprocess, 128 + N from a pid 1 or shell."""
    if code is None:
        return None
    if code < 0:
        return -code
    if code > 128 and (code - 128) in signal.valid_signals():
        return code - 128
    return None  # an ordinary exit code, even above 128 (os._exit(200))


def limit_hit(limits: Limits, timed_out: bool, sig: int | None) -> Ending | None:
    """A limit the sandbox enforces, or an interpreter crash: named even after a full run,
    because the results written before it cannot be trusted to be the whole story."""
    if timed_out:
        return Ending(
            "timeout",
            f"Your code was still running after {limits.wall_seconds:g} s and was stopped.",
            "Look for a loop whose condition never becomes false, or for input() "
            "waiting for typing that never comes.",
        )
    if sig == signal.SIGXCPU:
        return Ending(
            "timeout",
            f"Your code used more than {limits.cpu_seconds:g} s of processor time and was stopped.",
            "Look for an endless loop, or for work repeated far more often than needed.",
        )
    if sig == signal.SIGXFSZ:
        return Ending(
            "error",
            "Your code wrote more than the output limit allows.",
            "Is something printing or writing inside an endless loop?",
        )
    if sig == signal.SIGSEGV:
        return Ending(
            "error",
            "Your code crashed the Python interpreter (segmentation fault).",
            "This happens with ctypes or broken C extensions; plain Python cannot do it.",
        )
    return None


def killed(sig: int) -> Ending:
    """Any other signal mid-run; the kernel's out-of-memory killer is the usual sender."""
    return Ending(
        "error",
        f"The check process was killed by signal {signal.Signals(sig).name}.",
        "Often this means the memory limit was reached.",
    )


def exited_early(returncode: int | None, stderr: str) -> Ending:
    """The check process exited before pytest said it was done: something called exit."""
    tail = stderr.strip().splitlines()[-1:] or ["(no message)"]
    return Ending(
        "error",
        f"The check stopped before it finished (exit {returncode}).",
        f"Did your code call exit() or os._exit()? Last message: {tail[0]}",
    )


def subject_exited(code: int) -> Ending:
    """The learner's process of a verified check exited on its own while tests still ran."""
    return Ending(
        "error",
        f"Your code's process ended (exit code {code}) while the tests were running.",
        "Did your code call exit(), sys.exit() or os._exit(), or print far too much? "
        "Return values instead: only the tests decide whether it passed.",
    )
