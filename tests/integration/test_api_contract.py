"""The served API matches its OpenAPI schema: schemathesis against a real `pyascent serve`.

Every check schemathesis has runs against the real server and a real SQLite file, over every
phase (examples, coverage, fuzzing, stateful), with a fixed seed and a bounded number of
cases, so a failure is reproducible and the run takes well under two minutes. The same run
against a server you started: `python -m tests.integration.test_api_contract URL`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Server, running_server

SEED = 20261201
MAX_EXAMPLES = 40  # per operation and phase: about 700 requests, 30-60 s on two cores
OPERATIONS = 21  # every route of /api/v1; a new one must raise this (and be in the schema)

# A body over the code limit is refused with 413: a rejection like 400 or 422.
CONFIG = """
[checks.negative_data_rejection]
expected-statuses = [400, 403, 404, 405, 413, 415, 422, 429]
"""


@pytest.fixture(scope="module")
def contract_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # A small burst: most checks schemathesis sends are answered 429 (documented) instead of
    # being graded, so few reach the sandbox.
    with running_server(tmp_path_factory.mktemp("contract"), "--rate-burst", "3") as started:
        yield started


def schemathesis(url: str, folder: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Run the schemathesis CLI on the server's schema; its output and its JSON report."""
    config = folder / "schemathesis.toml"
    config.write_text(CONFIG)
    report = folder / "report.json"
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "--no-color"]
    command += ["run", url + "/openapi.json", "--checks", "all", "--continue-on-failure"]
    command += ["--seed", str(SEED), "--max-examples", str(MAX_EXAMPLES), "--no-shrink"]
    command += ["--request-timeout", "30", "--output-truncate", "true"]
    command += ["--report", "json", "--report-json-path", str(report)]
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    done = subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=600, env=env, check=False
    )
    return done, json.loads(report.read_text()) if report.is_file() else {}


def explained(done: subprocess.CompletedProcess[str], summary: dict[str, Any]) -> str:
    """What went wrong, short enough to read: the failures by kind, then schemathesis's own
    account of each (with a curl command to reproduce it), long lines cut."""
    kinds = [
        f"{f['code']} {f['title']} x{f['count']}: {', '.join(f['operations'])}"
        for f in summary.get("failures", [])
    ]
    errors = [json.dumps(e)[:300] for e in summary.get("errors", [])]
    output = done.stdout + done.stderr
    account = output[output.find("FAILURES") :] if "FAILURES" in output else output[-4000:]
    lines = [line if len(line) <= 300 else line[:300] + " [...]" for line in account.splitlines()]
    cases = summary.get("test_cases", {})
    head = (
        f"schemathesis exited {done.returncode}: {cases.get('generated', '?')} test cases, "
        f"{cases.get('unique_failures', '?')} unique failures"
    )
    return "\n".join([head, *kinds, *errors, "", *lines[:200]])


def test_the_served_api_matches_its_schema(contract_server: Server, tmp_path: Path) -> None:
    done, summary = schemathesis(contract_server.url, tmp_path)
    why, exit_code = explained(done, summary), done.returncode
    assert exit_code == 0, why
    assert summary["failures"] == [] and summary["errors"] == [], why
    assert summary["operations"]["tested"] == OPERATIONS, why
    assert summary["test_cases"]["generated"] >= OPERATIONS * MAX_EXAMPLES, why


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        ran, report = schemathesis(sys.argv[1].rstrip("/"), Path(scratch))
        print(explained(ran, report) if ran.returncode else ran.stdout)
        sys.exit(ran.returncode)
