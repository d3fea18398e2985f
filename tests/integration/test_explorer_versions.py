"""The tracer on CPython 3.12 and 3.13 as well as the project's own Python.

The sandbox runs the project's interpreter, but the tracer must work wherever pyascent
runs: 3.12 moved `settrace` onto sys.monitoring and inlines comprehensions, 3.13 turned
`frame.f_locals` into a proxy, reports a yield after it and made `starts_line` a flag.
Each interpreter found on this machine (pyenv's, or python3.X on PATH) traces every golden
program; the narration is compared with that version's own golden file
(`NAME.py312.json`, `NAME.py313.json`; regenerate with PYASCENT_UPDATE_GOLDEN=1).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from pyascent.explore.trace import read_trace, replay

from .test_explorer import NAMES, PROGRAMS, UPDATE, stdin_of, summary

TRACER = Path(__file__).resolve().parents[2] / "src/pyascent/explore/inside/tracer.py"
VERSIONS = ["3.12", "3.13"]


def _interpreter(version: str) -> str | None:
    found = sorted(Path("/root/.pyenv/versions").glob(f"{version}.*/bin/python"))
    return str(found[-1]) if found else shutil.which(f"python{version}")


@pytest.mark.parametrize("version", VERSIONS)
def test_golden_narrations_on_other_pythons(version: str) -> None:
    python = _interpreter(version)
    if python is None:
        pytest.skip(f"no CPython {version} on this machine")
    wrong = []
    for name in NAMES:
        payload = json.dumps(
            {"source": (PROGRAMS / f"{name}.py").read_text(), "stdin": stdin_of(name)}
        )
        program = TRACER.read_text() + f"\n\nmain({payload!r})\n"
        done = subprocess.run(
            [python, "-c", program], capture_output=True, timeout=120, check=False
        )
        trace = read_trace(done.stdout.decode("utf-8"))
        states = list(replay(trace))
        words = [w for _state, w in states]
        stdout = states[-1][0].stdout if states else ""
        got = summary(words, trace, stdout)
        path = PROGRAMS / f"{name}.py{version.replace('.', '')}.json"
        if UPDATE or not path.exists():
            path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n")
            continue
        if got != json.loads(path.read_text()):
            wrong.append(name)
    assert not wrong, f"narrations differ on {version}: {wrong}"
