"""The rules that read a check's records into a verdict, in the order they are asked.

Each classifier either decides the verdict or passes on (returns None) to the next one. The
order is the policy: in a verified check the learner's process dying outranks anything the
judge reported after it; a source that does not compile never ran; a crash of the platform
outranks per-test results; a run that stopped early is never a pass, however many tests
passed before it. Only what is left is decided by the tests' own results.

A classifier's verdict carries only what it decided; `build_verdict` adds what every verdict
carries (output, timing, isolation layers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pyascent.grader.api import Limits, TestResult, Verdict
from pyascent.grader.endings import (
    Ending,
    exited_early,
    killed,
    limit_hit,
    signal_of,
    subject_exited,
)
from pyascent.grader.explain import explain_exception, explain_syntax
from pyascent.grader.records import CheckRecords

PYTEST_EXIT = {2: "interrupted", 3: "an internal error", 4: "a usage error"}
PYTEST_NO_TESTS = 5
NO_TESTS_COLLECTED = "The check could not run: no tests were collected."


@dataclass(frozen=True)
class Check:
    """What the classifiers rule on: the parsed records and how the processes ended."""

    records: CheckRecords
    limits: Limits
    returncode: int | None = 0
    timed_out: bool = False
    stderr: str = ""  # host paths scrubbed: its last line may be shown to the learner
    verified: bool = False
    subject_code: int | None = None  # verified checks: how the learner's process ended


Classifier = Callable[[Check], Verdict | None]


def subject_died(check: Check) -> Verdict | None:
    """In a verified check, the learner's process ending under a test is its own verdict:
    the judge's later reports only say the answers stopped coming, and it never passes."""
    code = check.subject_code
    if not check.verified or code is None or check.timed_out:
        return None
    sig = signal_of(code)
    if sig is None and code == 0 and not check.records.subject_ended:
        return None
    if sig is None:
        ending = subject_exited(code)
    else:
        ending = limit_hit(check.limits, False, sig) or killed(sig)
    # The judge reports the test it was in as not passed: that is the one left unfinished.
    reports = check.records.reports
    passed = [r.result for r in reports if r.result.status == "passed"]
    running = next((r.id for r in reports if r.result.status != "passed"), None)
    return _ended(ending, passed, running)


def bad_source(check: Check) -> Verdict | None:
    """A syntax or encoding error: nothing ran, so the file and line are the whole story."""
    source = check.records.problem
    if source is None:
        return None
    where = f"{source.file} line {source.line}" if source.line else source.file
    if source.kind == "encoding":
        label = "is not valid UTF-8"
        why = "Save the file as UTF-8 text (most editors have this under 'Save with encoding')."
    else:
        label, why = "has a syntax error", explain_syntax(source.message)
    return Verdict(
        status="error",
        summary=f"{where} {label}: {source.message}",
        problem=source,
        explanation=why,
    )


def crashed(check: Check) -> Verdict | None:
    """The check process itself failed: before the learner's code ran that is our fault,
    after it the code most likely broke something the tests need."""
    message = check.records.crash
    if message is None:
        return None
    if check.records.learner_ran:
        summary = f"The test run broke down after your code ran: {message}."
        why = (
            "Your code changed something the tests need: files, folders or the interpreter itself."
        )
    else:
        summary = f"The check could not run: {message}."
        why = "This is a fault of the grading machine, not of your code."
    return Verdict(
        status="error", summary=summary, tests=ordered(check.records.tests), explanation=why
    )


def abnormal_end(check: Check) -> Verdict | None:
    """A timeout, a resource limit, a signal, or an exit before pytest said it was done."""
    sig = signal_of(check.returncode)
    ending = limit_hit(check.limits, check.timed_out, sig)
    if ending is None and check.records.done is None:
        ending = killed(sig) if sig is not None else exited_early(check.returncode, check.stderr)
    if ending is None:
        return None
    return _ended(ending, check.records.tests, check.records.running)


def import_failed(check: Check) -> Verdict | None:
    """The learner's module raised while it was loaded, so no test could use it."""
    if not check.records.collect_errors:
        return None
    error = check.records.collect_errors[0]
    kind, message, frames = error.exc_type, error.message, error.frames
    where = f" ({frames[-1].file} line {frames[-1].line})" if frames else ""
    explanation = explain_exception(kind, message)
    return Verdict(
        status="error",
        summary=f"Your code raised {kind} when it was loaded{where}: {message}".strip(),
        tests=(
            TestResult(
                name="import",
                status="error",
                message=f"{kind}: {message}",
                error_type=kind,
                explanation=explanation,
                traceback=frames,
            ),
        ),
        explanation=explanation,
    )


def stopped_early(check: Check) -> Verdict | None:
    """A run that stopped early never counts as passed, whatever the tests so far said."""
    done, tests, running = check.records.done, check.records.tests, check.records.running
    if done is None:
        return None
    if done.exit in (0, 1) and len(tests) >= done.collected and running is None:
        return None
    if done.exit == PYTEST_NO_TESTS and done.collected == 0 and not tests and running is None:
        return None  # pytest found nothing to run: `no_tests` says so
    reason = PYTEST_EXIT.get(done.exit, f"exit code {done.exit}")
    ending = Ending(
        "error",
        f"The test run stopped early ({reason}) after {len(tests)} of {done.collected} tests.",
        "Something in your code stopped the tests, for example raising KeyboardInterrupt or "
        "SystemExit outside a function, or changing the test machinery. Only a full run counts.",
    )
    return _ended(ending, tests, running)


def no_tests(check: Check) -> Verdict | None:
    """A full run with nothing in it proves nothing: an exercise without tests never passes."""
    if check.records.tests:
        return None
    return Verdict(status="error", summary=NO_TESTS_COLLECTED)


def per_test_results(check: Check) -> Verdict:
    """The run was whole: the tests decide, and the summary names the first problem."""
    tests = ordered(check.records.tests)
    bad = [t for t in tests if t.status not in ("passed", "skipped")]
    passed = sum(1 for t in tests if t.status == "passed")
    if not bad:
        return Verdict(status="passed", summary=f"All {passed} tests passed.", tests=tests)
    label = (bad[0].title or bad[0].name).rstrip(".")
    return Verdict(
        status="failed",
        summary=f"{passed} of {len(tests)} tests passed. First problem: {label}.",
        tests=tests,
    )


# The order is the precedence; `per_test_results` decides whatever none of these did.
CLASSIFIERS: tuple[Classifier, ...] = (
    subject_died,
    bad_source,
    crashed,
    abnormal_end,
    import_failed,
    stopped_early,
    no_tests,
)


def classify(check: Check) -> Verdict:
    """The first classifier that decides, else the tests' own results."""
    for classifier in CLASSIFIERS:
        verdict = classifier(check)
        if verdict is not None:
            return verdict
    return per_test_results(check)


def stopped_test(test_id: str, ending: Ending) -> TestResult:
    """The test a run was in when it stopped gets the run's own sentence, so the learner
    sees which test their code never finished."""
    return TestResult(
        name=test_id.split("::")[-1],
        status="timeout" if ending.status == "timeout" else "error",
        message=ending.summary,
        explanation=ending.why,
    )


def ordered(tests: Sequence[TestResult]) -> tuple[TestResult, ...]:
    """First failure first, then the others in their original order."""
    first_bad = next((t for t in tests if t.status not in ("passed", "skipped")), None)
    if first_bad is None:
        return tuple(tests)
    return (first_bad, *[t for t in tests if t is not first_bad])


def _ended(ending: Ending, tests: Sequence[TestResult], running: str | None) -> Verdict:
    if running is not None:
        tests = [*tests, stopped_test(running, ending)]
    return Verdict(
        status=ending.status, summary=ending.summary, tests=ordered(tests), explanation=ending.why
    )
