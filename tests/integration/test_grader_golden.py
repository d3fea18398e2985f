"""Every scenario folder under tests/golden/grader is graded by the real grader and its
verdict compared with `expected.json`. Regenerate with PYASCENT_UPDATE_GOLDEN=1 and review
the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from pyascent.course import Exercise
from pyascent.grader import WorkerPool
from pyascent.services import job_for

SCENARIOS = Path(__file__).parent.parent / "golden" / "grader"
UPDATE = os.environ.get("PYASCENT_UPDATE_GOLDEN") == "1"
# Correct code whose side effects (a daemon, a peek at the environment) must not leak.
MAY_PASS = {"passes", "daemon-left-behind", "environment-scrubbed"}


def normalise(verdict: dict[str, Any]) -> dict[str, Any]:
    """Keep what a learner sees; drop timings and machine-dependent details."""
    tests = []
    for test in verdict["tests"]:
        kept = {
            key: test[key]
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


@pytest.mark.parametrize("scenario", sorted(p.name for p in SCENARIOS.iterdir() if p.is_dir()))
def test_scenario(
    scenario: str, adder: Exercise, pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYASCENT_SECRET_TOKEN", "must-not-reach-learner-code")
    monkeypatch.setenv("DATABASE_URL", "postgresql://user:secret@db/prod")
    folder = SCENARIOS / scenario
    submission = (folder / "submission.py").read_bytes()
    verdict = pool.grade(job_for(adder, {"adder.py": submission}))
    got = normalise(verdict.to_json())
    expected_file = folder / "expected.json"
    if UPDATE or not expected_file.exists():
        expected_file.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n")
    assert got == json.loads(expected_file.read_text())
    if scenario not in MAY_PASS:
        assert verdict.status != "passed", "a hostile or broken submission must never pass"
