"""How a process stopped becomes a status and a sentence."""

from __future__ import annotations

import signal

from pyascent.grader.api import Limits
from pyascent.grader.endings import exited_early, killed, limit_hit, signal_of, subject_exited

LIMITS = Limits(wall_seconds=4, cpu_seconds=1.5)


def test_signal_of_reads_both_conventions() -> None:
    assert signal_of(-9) == 9
    assert signal_of(128 + 24) == 24
    assert signal_of(0) is None and signal_of(1) is None and signal_of(128) is None
    assert signal_of(None) is None


def test_limits_name_the_limit_that_was_hit() -> None:
    wall = limit_hit(LIMITS, True, None)
    assert wall is not None and wall.status == "timeout" and "after 4 s" in wall.summary
    cpu = limit_hit(LIMITS, False, signal.SIGXCPU)
    assert cpu is not None and cpu.status == "timeout" and "1.5 s of processor" in cpu.summary
    size = limit_hit(LIMITS, False, signal.SIGXFSZ)
    assert size is not None and size.status == "error"
    segv = limit_hit(LIMITS, False, signal.SIGSEGV)
    assert segv is not None and "segmentation fault" in segv.summary


def test_a_timeout_outranks_the_signal_that_ended_it() -> None:
    ending = limit_hit(LIMITS, True, signal.SIGXFSZ)
    assert ending is not None and ending.status == "timeout"


def test_other_signals_are_no_limit() -> None:
    assert limit_hit(LIMITS, False, signal.SIGKILL) is None
    assert limit_hit(LIMITS, False, None) is None
    assert killed(signal.SIGKILL).summary == "The check process was killed by signal SIGKILL."


def test_an_early_exit_quotes_stderr_or_says_there_was_none() -> None:
    assert exited_early(3, "a\nlast words\n").why.endswith("Last message: last words")
    assert exited_early(None, "  ").why.endswith("Last message: (no message)")
    assert exited_early(3, "").summary == "The check stopped before it finished (exit 3)."


def test_the_subjects_exit_code_is_shown() -> None:
    assert "(exit code 7)" in subject_exited(7).summary


def test_an_exit_code_above_128_that_is_no_signal_is_an_exit_code() -> None:
    assert signal_of(137) == 9
    assert signal_of(-11) == 11
    assert signal_of(200) is None, "os._exit(200) must not be read as signal 72"
    assert signal_of(1) is None
