"""Each rule of the verdict on hand-made records, and the order in which they are asked."""

from __future__ import annotations

import signal
from typing import Any

from pyascent.grader.api import Limits
from pyascent.grader.api import TestResult as Result  # a Test* name would be collected
from pyascent.grader.classify import (
    Check,
    abnormal_end,
    bad_source,
    classify,
    crashed,
    import_failed,
    no_tests,
    ordered,
    per_test_results,
    stopped_early,
    stopped_test,
    subject_died,
)
from pyascent.grader.endings import Ending
from pyascent.grader.records import parse_records

LIMITS = Limits(wall_seconds=2, cpu_seconds=3)
SYNTAX = {
    "kind": "problem",
    "type": "SyntaxError",
    "file": "a.py",
    "line": 2,
    "offset": 5,
    "text": "def f(:\n",
    "message": "invalid syntax",
}
CRASH = {"kind": "crash", "message": "OSError: no space left"}


def check(*raw: dict[str, Any], **run: Any) -> Check:
    return Check(parse_records(raw, "/w/check-1"), LIMITS, **run)


def reported(name: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "test", "id": f"t.py::{name}", "name": name, "status": status, **extra}


def start(name: str) -> dict[str, Any]:
    return {"kind": "start", "id": f"t.py::{name}"}


def done(exit: int = 0, collected: int = 1) -> dict[str, Any]:
    return {"kind": "done", "exit": exit, "collected": collected}


def passed_run(*names: str) -> list[dict[str, Any]]:
    """A whole run in which every named test passed."""
    raw = []
    for name in names:
        raw += [start(name), reported(name, "passed")]
    return [*raw, done(0, len(names))]


def ended_subject(name: str = "b") -> dict[str, Any]:
    return reported(name, "error", exc_type="SubjectFailed", exc_message="the process ended")


# -- subject died (verified checks) ------------------------------------------------------


def test_subject_exit_names_its_code_and_the_test_it_was_in() -> None:
    verdict = subject_died(
        check(
            *passed_run("a")[:-1],
            start("b"),
            ended_subject("b"),
            done(1, 2),
            verified=True,
            subject_code=3,
        )
    )
    assert verdict is not None
    assert verdict.status == "error"
    assert verdict.summary == (
        "Your code's process ended (exit code 3) while the tests were running."
    )
    assert [(t.name, t.status) for t in verdict.tests] == [("b", "error"), ("a", "passed")]
    assert verdict.tests[0].message == verdict.summary
    assert verdict.explanation is not None and "sys.exit()" in verdict.explanation


def test_subject_exit_zero_counts_when_the_judge_saw_it_end() -> None:
    quiet = check(*passed_run("a"), verified=True, subject_code=0)
    assert subject_died(quiet) is None
    seen = check(start("a"), ended_subject("a"), done(1, 1), verified=True, subject_code=0)
    verdict = subject_died(seen)
    assert verdict is not None and verdict.status == "error"


def test_subject_killed_by_the_cpu_limit_is_a_timeout_of_its_test() -> None:
    verdict = subject_died(
        check(
            start("a"),
            ended_subject("a"),
            verified=True,
            subject_code=128 + signal.SIGXCPU,
        )
    )
    assert verdict is not None
    assert verdict.status == "timeout"
    assert "3 s of processor time" in verdict.summary
    assert [(t.name, t.status) for t in verdict.tests] == [("a", "timeout")]


def test_subject_killed_by_another_signal_is_named() -> None:
    verdict = subject_died(check(verified=True, subject_code=-signal.SIGKILL))
    assert verdict is not None
    assert verdict.summary == "The check process was killed by signal SIGKILL."
    assert verdict.tests == ()


def test_subject_died_only_decides_verified_checks_that_did_not_time_out() -> None:
    assert subject_died(check(ended_subject(), subject_code=1)) is None
    assert subject_died(check(verified=True, subject_code=None)) is None
    assert subject_died(check(verified=True, subject_code=1, timed_out=True)) is None


def test_subject_died_beats_everything_in_a_verified_check() -> None:
    verdict = classify(
        check(
            SYNTAX,
            CRASH,
            *passed_run("a"),
            verified=True,
            subject_code=1,
            returncode=-signal.SIGSEGV,
        )
    )
    assert verdict.summary.startswith("Your code's process ended (exit code 1)")


def test_a_verified_check_with_a_quiet_subject_goes_on_to_the_tests() -> None:
    verdict = classify(check(*passed_run("a"), verified=True, subject_code=0))
    assert verdict.status == "passed"


# -- the source could not be compiled ------------------------------------------------------


def test_a_syntax_error_names_file_and_line() -> None:
    verdict = bad_source(check(SYNTAX))
    assert verdict is not None
    assert verdict.status == "error"
    assert verdict.summary == "a.py line 2 has a syntax error: invalid syntax"
    assert verdict.problem is not None and verdict.problem.pointer == "    ^"
    assert verdict.explanation is not None
    assert bad_source(check(*passed_run("a"))) is None


def test_bad_encoding_says_how_to_save_the_file() -> None:
    raw = {
        "kind": "problem",
        "type": "encoding",
        "file": "a.py",
        "line": None,
        "offset": 3,
        "message": "byte 0xff is not valid UTF-8",
    }
    verdict = bad_source(check(raw))
    assert verdict is not None
    assert verdict.summary == "a.py is not valid UTF-8: byte 0xff is not valid UTF-8"
    assert verdict.explanation is not None and "Save the file as UTF-8" in verdict.explanation


def test_a_syntax_error_beats_a_crash_and_a_timeout() -> None:
    verdict = classify(check(SYNTAX, CRASH, timed_out=True, returncode=-9))
    assert verdict.problem is not None


# -- the platform crashed -----------------------------------------------------------------


def test_a_crash_before_the_learners_code_ran_is_our_fault() -> None:
    verdict = crashed(check(CRASH))
    assert verdict is not None
    assert verdict.summary == "The check could not run: OSError: no space left."
    assert verdict.explanation == "This is a fault of the grading machine, not of your code."


def test_a_crash_after_the_learners_code_ran_blames_what_it_changed() -> None:
    verdict = crashed(check(start("a"), reported("a", "failed"), CRASH))
    assert verdict is not None
    assert verdict.summary == "The test run broke down after your code ran: OSError: no space left."
    assert [t.name for t in verdict.tests] == ["a"]


def test_a_crash_beats_per_test_results() -> None:
    verdict = classify(check(*passed_run("a", "b"), CRASH))
    assert verdict.status == "error"
    assert verdict.summary.startswith("The test run broke down")


def test_a_crash_beats_a_timeout() -> None:
    verdict = classify(check(start("a"), CRASH, timed_out=True, returncode=-9))
    assert verdict.summary.startswith("The test run broke down")


# -- abnormal ends: timeouts, limits, signals, early exits --------------------------------


def test_a_wall_clock_timeout_names_the_running_test() -> None:
    verdict = abnormal_end(check(*passed_run("a")[:-1], start("slow"), timed_out=True))
    assert verdict is not None
    assert verdict.status == "timeout"
    assert "after 2 s" in verdict.summary
    assert [(t.name, t.status) for t in verdict.tests] == [("slow", "timeout"), ("a", "passed")]


def test_limits_are_named_even_after_a_whole_run() -> None:
    verdict = abnormal_end(check(*passed_run("a"), returncode=128 + signal.SIGXFSZ))
    assert verdict is not None
    assert verdict.summary == "Your code wrote more than the output limit allows."
    segfault = abnormal_end(check(*passed_run("a"), returncode=-signal.SIGSEGV))
    assert segfault is not None and "segmentation fault" in segfault.summary


def test_another_signal_only_counts_when_the_run_did_not_finish() -> None:
    assert abnormal_end(check(*passed_run("a"), returncode=-signal.SIGKILL)) is None
    verdict = abnormal_end(check(start("a"), returncode=-signal.SIGKILL))
    assert verdict is not None
    assert verdict.summary == "The check process was killed by signal SIGKILL."
    assert [(t.name, t.status) for t in verdict.tests] == [("a", "error")]


def test_an_exit_before_done_quotes_the_last_line_of_stderr() -> None:
    verdict = abnormal_end(
        check(start("a"), reported("a", "passed"), returncode=0, stderr="one\nbye now\n")
    )
    assert verdict is not None
    assert verdict.status == "error"
    assert verdict.summary == "The check stopped before it finished (exit 0)."
    assert verdict.explanation is not None and verdict.explanation.endswith("bye now")


def test_a_finished_run_is_no_abnormal_end() -> None:
    assert abnormal_end(check(*passed_run("a"), returncode=1)) is None


def test_an_abnormal_end_beats_an_import_error() -> None:
    collect = {"kind": "collect-error", "exc_type": "ValueError", "exc_message": "x"}
    verdict = classify(check(collect, timed_out=True))
    assert verdict.status == "timeout"


# -- the learner's module raised at import ------------------------------------------------


def test_an_import_error_names_where_it_was_raised() -> None:
    collect = {
        "kind": "collect-error",
        "exc_type": "NameError",
        "exc_message": "name 'totl' is not defined",
        "frames": [{"file": "a.py", "line": 4, "function": "<module>", "code": "totl"}],
    }
    verdict = import_failed(check(collect, done(2, 0)))
    assert verdict is not None
    assert verdict.summary == (
        "Your code raised NameError when it was loaded (a.py line 4): name 'totl' is not defined"
    )
    (test,) = verdict.tests
    assert (test.name, test.status, test.error_type) == ("import", "error", "NameError")
    assert test.explanation == verdict.explanation
    assert verdict.explanation is not None and "`totl`" in verdict.explanation


def test_an_import_error_without_details_still_reads_as_a_sentence() -> None:
    verdict = import_failed(check({"kind": "collect-error"}))
    assert verdict is not None
    assert verdict.summary == "Your code raised Error when it was loaded:"


def test_an_import_error_beats_the_early_stop_it_causes() -> None:
    collect = {"kind": "collect-error", "exc_type": "ValueError", "exc_message": "bad"}
    verdict = classify(check(collect, done(2, 0)))
    assert verdict.summary.startswith("Your code raised ValueError")


# -- a run that stopped early -------------------------------------------------------------


def test_an_interrupted_run_says_how_far_it_got() -> None:
    verdict = stopped_early(check(*passed_run("a")[:-1], done(2, 3)))
    assert verdict is not None
    assert verdict.summary == "The test run stopped early (interrupted) after 1 of 3 tests."


def test_an_early_stop_is_never_a_pass() -> None:
    fewer = classify(check(*passed_run("a")[:-1], done(0, 2)))
    assert fewer.status == "error" and "after 1 of 2 tests" in fewer.summary
    odd_exit = classify(check(*passed_run("a")[:-1], done(5, 1)))
    assert odd_exit.status == "error" and "(exit code 5)" in odd_exit.summary


def test_an_early_stop_names_the_test_that_never_reported() -> None:
    verdict = stopped_early(check(*passed_run("a")[:-1], start("b"), done(0, 1)))
    assert verdict is not None
    assert [(t.name, t.status) for t in verdict.tests] == [("b", "error"), ("a", "passed")]


def test_a_whole_run_is_no_early_stop() -> None:
    assert stopped_early(check(*passed_run("a", "b"))) is None
    assert stopped_early(check(start("a"), reported("a", "failed"), done(1, 1))) is None


# -- no tests, then the tests' own results ------------------------------------------------


def test_no_tests_is_an_error_not_a_pass() -> None:
    verdict = classify(check(done(0, 0)))
    assert verdict.status == "error"
    assert verdict.summary == "The check could not run: no tests were collected."
    assert no_tests(check(*passed_run("a"))) is None


def test_all_passed_and_skipped_is_a_pass() -> None:
    verdict = per_test_results(
        check(*passed_run("a"), reported("s", "skipped", message="needs numpy"))
    )
    assert verdict.status == "passed"
    assert verdict.summary == "All 1 tests passed."


def test_a_failure_comes_first_and_is_named_by_its_title() -> None:
    verdict = classify(
        check(
            reported("a", "passed"),
            reported("b", "failed", title="Adds negative numbers."),
            reported("c", "error"),
            done(1, 3),
        )
    )
    assert verdict.status == "failed"
    assert [t.name for t in verdict.tests] == ["b", "a", "c"]
    assert verdict.summary == "1 of 3 tests passed. First problem: Adds negative numbers."


# -- shared pieces ------------------------------------------------------------------------


def test_a_stopped_test_takes_the_runs_sentence() -> None:
    timeout = stopped_test("t.py::Test::slow", Ending("timeout", "Too slow.", "A loop?"))
    assert timeout == Result(
        name="slow", status="timeout", message="Too slow.", explanation="A loop?"
    )
    assert stopped_test("t.py::x", Ending("error", "Gone.", "Why.")).status == "error"


def test_ordered_moves_only_the_first_failure() -> None:
    a, b, c, d = (
        Result("a", "passed"),
        Result("b", "skipped"),
        Result("c", "failed"),
        Result("d", "error"),
    )
    assert ordered([a, b, c, d]) == (c, a, b, d)
    assert ordered([a, b]) == (a, b)
