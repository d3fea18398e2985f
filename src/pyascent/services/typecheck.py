"""`typecheck = "strict"`: an exercise passes only when `mypy --strict` is clean on the
learner's files, as well as passing its tests.

mypy runs in the sandbox, in a program of our own (`_DRIVER`) that writes the learner's
files into a fresh folder and type-checks them: no learner code runs in that process, so
its report is as trustworthy as the judge's and a verified check stays verified. It runs
at the same time as the tests, on another worker. Comments that switch checking off
(`# type: ignore`, `# mypy: ...`) are refused before anything runs: the exercise asks for
code that mypy accepts as it is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from pyascent.course import Exercise
from pyascent.grader import GradeJob, Grader, Limits, RunJob, Runner, RunOutput, TestResult, Verdict
from pyascent.services.errors import GradingFailed

# mypy reads typeshed afresh in every check (no cache survives a sandbox): about a second
# of CPU on this machine kind, more under load.
MYPY_LIMITS = Limits(cpu_seconds=30, wall_seconds=60, memory_mb=1024, source_kb=2048)
MARKER = "PYASCENT-MYPY "
TITLE = "mypy --strict finds no type errors"
_SWITCH_OFF = re.compile(r"#\s*(type:\s*ignore\b|mypy:)")
_LINE = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:(?P<column>\d+):)? (?P<kind>\w+): (?P<text>.*)$"
)

_DRIVER = """
import json, os, tempfile
from mypy import api
files = json.loads({files!r})
folder = tempfile.mkdtemp()
os.chdir(folder)
for name, text in files.items():
    os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
    with open(name, "w", encoding="utf-8") as handle:
        handle.write(text)
out, err, status = api.run(
    ["--strict", "--cache-dir", os.devnull, "--no-error-summary", "--show-column-numbers",
     "--no-color-output", "--no-pretty", *files]
)
print({marker!r} + json.dumps({{"out": out, "err": err, "status": status}}))
"""


def typechecked(
    grader: Grader, exercise: Exercise, files: Mapping[str, bytes], job: GradeJob
) -> Verdict:
    """The tests' verdict, failed (and told why) when mypy --strict reports an error."""
    texts = {
        n: files[n].decode("utf-8", "replace")
        for n in exercise.files
        if n in files and n.endswith(".py")
    }
    switched_off = _switches(texts)
    if switched_off is not None:
        return _with(grader.grade(job), switched_off)
    if not isinstance(grader, Runner):
        raise GradingFailed("This grader cannot run mypy (it runs no programs).")
    program = _DRIVER.format(files=json.dumps(texts), marker=MARKER).encode("utf-8")
    with ThreadPoolExecutor(max_workers=2) as threads:
        tests = threads.submit(grader.grade, job)
        typed = threads.submit(grader.run, RunJob(code=program, limits=MYPY_LIMITS))
        verdict, output = tests.result(), typed.result()
    return _with(verdict, _result(output))


def _switches(texts: Mapping[str, str]) -> TestResult | None:
    """A comment that turns type checking off, as a failed result; None when there is none."""
    for name, text in texts.items():
        for number, line in enumerate(text.splitlines(), start=1):
            found = _SWITCH_OFF.search(line)
            if found:
                return TestResult(
                    "mypy",
                    "failed",
                    TITLE,
                    f"{name}, line {number}: remove `{found.group(0)}`. It tells mypy to "
                    "look away; this exercise asks for code that mypy accepts as it is.",
                )
    return None


def _result(output: RunOutput) -> TestResult:
    report = next(
        (line[len(MARKER) :] for line in output.stdout.splitlines() if line.startswith(MARKER)),
        None,
    )
    if output.status != "ok" or report is None:
        why = output.error or output.status
        raise GradingFailed(f"mypy could not run in the sandbox: {why}")
    data = json.loads(report)
    if data["status"] == 0:
        return TestResult("mypy", "passed", TITLE)
    errors = [m for m in (_LINE.match(line) for line in data["out"].splitlines()) if m]
    if not errors:  # mypy itself failed (status 2): say what it said
        raise GradingFailed(f"mypy failed: {(data['err'] or data['out']).strip()[:500]}")
    counted = sum(1 for m in errors if m["kind"] == "error")
    lines = [
        f"{m['file']}, line {m['line']}: {m['text']}"
        if m["kind"] == "error"
        else f"    ({m['kind']}: {m['text']})"
        for m in errors
    ]
    plural = "s" if counted != 1 else ""
    return TestResult(
        "mypy",
        "failed",
        TITLE,
        f"mypy --strict found {counted} type error{plural}:\n" + "\n".join(lines),
    )


def _with(verdict: Verdict, typed: TestResult) -> Verdict:
    """The tests' verdict with mypy's result: first, and deciding, when it failed."""
    if typed.status == "passed":
        return replace(verdict, tests=(*verdict.tests, typed))
    status = "failed" if verdict.passed else verdict.status
    summary = " ".join(typed.message.splitlines()[:2]) if verdict.passed and typed.message else None
    return replace(
        verdict,
        status=status,
        summary=summary or verdict.summary,
        tests=(typed, *verdict.tests),
    )
