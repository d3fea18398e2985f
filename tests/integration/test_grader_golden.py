"""Every scenario folder under tests/golden/grader is graded by the real grader and its
verdict compared with `expected.json`; after each, an ordinary check must still get the
right verdict and nothing the submission started may survive. Regenerate with
PYASCENT_UPDATE_GOLDEN=1 and review the diff; a scenario without `expected.json` fails
until it is generated that way.

A scenario with a `tests/` folder is graded against those hidden tests instead of the adder
exercise's (the submission is still `adder.py`); a scenario named `honest-*` is correct code
that must pass in verified mode.

Submissions may use placeholders filled in here: {{HOST_PORT}} (a port this test listens
on, outside the sandbox), {{HOST_PID}}, {{SOLUTION_PATH}} (the exercise's reference
solution), {{OTHER_TESTS_PATH}} (another exercise's hidden tests), {{COURSE_DIR}}.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pyascent.course import Exercise, load_exercise_folder
from pyascent.grader import WorkerPool
from pyascent.services import job_for

SCENARIOS = Path(__file__).parent.parent / "golden" / "grader"
UPDATE = os.environ.get("PYASCENT_UPDATE_GOLDEN") == "1"
# Correct code whose side effects (a daemon, a peek at secrets...) must not leak.
MAY_PASS = {
    "passes",
    "daemon-left-behind",
    "environment-scrubbed",
    "setsid-ignores-sigterm",
    "secrets-unreadable",
    "raise-rlimits",
    "chmod-check-folder",
    "finds-nothing-left",
}
SOLUTION = b"def add(a, b):\n    return a + b\n"


def normalise(verdict: dict[str, Any]) -> dict[str, Any]:
    """Keep what a learner sees; drop timings and machine-dependent details."""
    tests = []
    for test in verdict["tests"]:
        kept = {
            key: re.sub(r" at 0x[0-9a-f]+", " at 0x…", test[key])
            if isinstance(test[key], str)
            else test[key]
            for key in ("name", "status", "message", "expected", "actual", "error_type")
            if test.get(key) is not None
        }
        if test["traceback"]:
            first = test["traceback"][0]
            kept["traceback"] = [f"{first['file']}:{first['line']}"]
        tests.append(kept)
    problem = verdict["problem"]
    if problem is not None:
        problem = {k: problem[k] for k in ("kind", "file", "line", "message", "pointer", "text")}
    return {
        "status": verdict["status"],
        "summary": verdict["summary"],
        "problem": problem,
        "tests": tests,
    }


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A port on the host's loopback that no check may reach."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.setblocking(False)
        yield server


def fill(source: str, adder: Exercise, port: int) -> str:
    course = adder.path.parent.parent.parent
    values = {
        "HOST_PORT": str(port),
        "HOST_PID": str(os.getpid()),
        "SOLUTION_PATH": str(adder.solution_dir / "adder.py"),
        "OTHER_TESTS_PATH": str(
            course / "arith" / "exercises" / "double" / ".meta" / "tests" / "test_double.py"
        ),
        "COURSE_DIR": str(course),
    }
    for key, value in values.items():
        source = source.replace("{{" + key + "}}", value)
    return source


def exercise_for(folder: Path, adder: Exercise, tmp_path: Path) -> Exercise:
    """The adder exercise, or a copy of its pack whose hidden tests are the scenario's."""
    tests = folder / "tests"
    if not tests.is_dir():
        return adder
    pack = tmp_path / "pack"
    shutil.copytree(adder.path.parent.parent.parent, pack)
    hidden = pack / "arith" / "exercises" / "adder" / ".meta" / "tests"
    shutil.rmtree(hidden)
    shutil.copytree(tests, hidden)
    return load_exercise_folder(hidden.parent.parent)


def survivors(uid: int | None) -> list[int]:
    if uid is None:
        return []
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid != uid:
                    continue
                state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":  # a zombie is dead, only not yet collected
                found.append(int(entry))
    return found


@pytest.mark.parametrize("scenario", sorted(p.name for p in SCENARIOS.iterdir() if p.is_dir()))
def test_scenario(
    scenario: str,
    adder: Exercise,
    pool: WorkerPool,
    listener: socket.socket,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("PYASCENT_SECRET_TOKEN", "must-not-reach-learner-code")
    monkeypatch.setenv("DATABASE_URL", "postgresql://user:must-not-reach-learner-code@db/prod")
    folder = SCENARIOS / scenario
    exercise = exercise_for(folder, adder, tmp_path)
    source = fill(
        (folder / "submission.py").read_text("utf-8", "surrogateescape"),
        exercise,
        listener.getsockname()[1],
    )
    submission = source.encode("utf-8", "surrogateescape")
    verdict = pool.grade(job_for(exercise, {"adder.py": submission}))
    got = normalise(verdict.to_json())
    expected_file = folder / "expected.json"
    if UPDATE:
        expected_file.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n")
    elif not expected_file.exists():
        # A verdict nobody reviewed must not become the expectation on its first run.
        pytest.fail(
            f"{expected_file} is missing. Generate it with PYASCENT_UPDATE_GOLDEN=1 "
            f".venv/bin/pytest tests/integration/test_grader_golden.py -k {scenario}, "
            "then review the verdict it wrote before committing it."
        )
    assert got == json.loads(expected_file.read_text())
    if scenario.startswith("honest-"):
        assert verdict.passed and verdict.verified, "honest code must pass in verified mode"
    elif scenario not in MAY_PASS:
        assert verdict.status != "passed", "a hostile or broken submission must never pass"
    shown = json.dumps(verdict.to_json())
    assert "HIDDEN-TEST-CANARY" not in shown, "hidden tests leaked into the verdict"
    assert "REFERENCE-SOLUTION-CANARY" not in shown, "the reference solution leaked"
    assert not Path("/tmp/pwned").exists(), "code ran outside the sandbox"

    with pytest.raises(BlockingIOError):
        listener.accept()  # nothing from inside a check reached the host's loopback
    assert survivors(pool.slot_uids()[0]) == [], "a process of the check outlived it"
    after = pool.grade(job_for(adder, {"adder.py": SOLUTION}))
    assert after.status == "passed", f"the next ordinary check broke: {after.summary}"


def test_nothing_written_outside_persists(adder: Exercise, pool: WorkerPool) -> None:
    course = adder.path.parent.parent.parent
    for scenario in ("writes-outside", "finds-nothing-left"):
        source = fill((SCENARIOS / scenario / "submission.py").read_text(), adder, 1)
        pool.grade(job_for(adder, {"adder.py": source.encode()}))
    for place in ("/tmp", "/var/tmp", "/dev/shm", "/root", str(course)):
        assert not (Path(place) / "pyascent-marker").exists()
    check_root = Path(f"/tmp/pyascent-checks-{os.geteuid()}")
    assert not list(check_root.glob("*/pyascent-marker"))


def test_twelve_megabyte_source_is_refused_fast(adder: Exercise, pool: WorkerPool) -> None:
    big = b"x = 1\n" * (12 * 1024 * 1024 // 6)
    verdict = pool.grade(job_for(adder, {"adder.py": big}))
    assert verdict.status == "error"
    assert "files may be at most" in verdict.summary
