"""The value-stack reader on every CPython it supports, not only the project's own.

The explorer's sandbox runs the project's Python, but the reader must work on 3.11, 3.12
and 3.13 (their frames differ where it matters: 3.12 and 3.13 save the stack pointer only
at line events, 3.13 pushes a call's NULL after the callable). Each interpreter found on
this machine (pyenv's, or python3.X on PATH) runs bytecode.py directly.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

BYTECODE = (
    Path(__file__).resolve().parents[2] / "src" / "pyascent" / "explore" / "inside" / "bytecode.py"
)
PROGRAM = "a = [1, 2]\nb = a[0] + a[1] * len(a)\n"


def _interpreter(version: str) -> str | None:
    found = sorted(Path("/root/.pyenv/versions").glob(f"{version}.*/bin/python"))
    return str(found[-1]) if found else shutil.which(f"python{version}")


@pytest.mark.parametrize("version", ["3.11", "3.12", "3.13"])
def test_the_real_stack_is_read_on(version: str) -> None:
    python = _interpreter(version)
    if python is None:
        pytest.skip(f"no CPython {version} on this machine")
    driver = (
        f"import json, runpy\nb = runpy.run_path({str(BYTECODE)!r})\n"
        f"print(json.dumps([b['_self_test'](), b['run']({PROGRAM!r}, [])]))\n"
    )
    done = subprocess.run(
        [python, "-c", driver], capture_output=True, text=True, timeout=60, check=True
    )
    passed, report = json.loads(done.stdout.strip().splitlines()[-1])
    assert passed, f"the self-test failed on {version}"
    assert report["stack"] == "values"
    stacks = {(s[2], s[3]): s[8] for s in report["steps"]}
    assert stacks[("BINARY_OP", "*")] == ["1", "2", "2"]
    assert stacks[("BINARY_OP", "+")] == ["1", "4"]
    call = next(s for s in report["steps"] if s[2] == "CALL")
    expected = ["<function len>", "NULL"] if version == "3.13" else ["NULL", "<function len>"]
    assert call[8] == ["1", "2", *expected, "<list>"]
    assert (call[5], call[6]) == (18, 24)  # len(a), the sub-expression the call evaluates
