"""`pip install .` into a fresh virtual environment gives a working pyascent with its course.

The wheel is built from the repository, installed with --no-deps into a new venv outside the
repository; dependencies come from the test venv through a .pth line (processing of the test
venv's own .pth files, including the editable install of pyascent, is skipped by design).
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.slow
def test_wheel_carries_the_course_and_runs_outside_the_repo(tmp_path: Path) -> None:
    built = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        tmp_path / "dist",
        ROOT,
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("pyascent-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "pyascent/_content/core/course.toml" in names
    assert "pyascent/course/topics.toml" in names
    assert "pyascent/grader/inside/zygote.py" in names
    assert "pyascent/store/migrations/versions/0001_initial.py" in names

    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv, cwd=tmp_path).returncode == 0
    purelib = next((venv / "lib").glob("python3*/site-packages"))
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (purelib / "zz_test_deps.pth").write_text("\n".join(deps) + "\n")
    installed = run(
        venv / "bin" / "python",
        "-m",
        "pip",
        "install",
        "-q",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr

    where = run(
        venv / "bin" / "python",
        "-c",
        "import pyascent.course as c; print(c.builtin_course_path())",
        cwd=tmp_path,
    )
    course_path = Path(where.stdout.strip())
    assert course_path.is_relative_to(purelib), "the course must come from the installed wheel"

    pyascent = venv / "bin" / "pyascent"
    assert run(pyascent, "init", "ws", cwd=tmp_path).returncode == 0
    listing = json.loads(run(pyascent, "list", "--json", cwd=tmp_path / "ws").stdout)
    assert len(listing) >= 6 and listing[0]["status"] == "new"
    greeting = course_path / "basics" / "exercises" / "greeting"
    graded = run(
        pyascent,
        "grade",
        greeting,
        greeting / ".meta" / "solution" / "greeting.py",
        "--json",
        cwd=tmp_path,
    )
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert json.loads(graded.stdout)["status"] == "passed"
