"""The first grader: one fresh, confined Python process per check.

The host writes the learner's files and the hidden tests into a fresh folder, starts
`inside/runner.py` with a scrubbed environment and limits, waits with a wall-clock deadline,
kills whatever is left, and turns the raw records into a verdict.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from pyascent.grader.api import GradeJob, GraderError, Limits, Verdict
from pyascent.grader.feedback import RunOutcome, build_verdict, oversized_verdict
from pyascent.grader.isolation import Slot, claim_slot

RUNNER = Path(__file__).parent / "inside" / "runner.py"
KILL_GRACE_SECONDS = 0.5


class SubprocessGrader:
    """Grades in a separate process per check; safe to call from several threads."""

    def __init__(self, namespaces: bool = True) -> None:
        self.namespaces = namespaces

    def grade(self, job: GradeJob) -> Verdict:
        started = time.monotonic()
        limits = job.limits
        too_big = _oversized(job, limits)
        if too_big is not None:
            return too_big
        try:
            slot = claim_slot(limits.processes)
        except (OSError, TimeoutError) as exc:
            raise GraderError(f"no grading slot available: {exc}") from exc
        work = None
        try:
            work = _prepare_folder(job, slot)
            outcome = self._run(job, work, slot)
        except OSError as exc:
            raise GraderError(f"could not run the check: {exc}") from exc
        finally:
            slot.release()
            if work is not None:
                _remove(work)
        outcome.duration_ms = int((time.monotonic() - started) * 1000)
        return build_verdict(outcome, job)

    def _run(self, job: GradeJob, work: Path, slot: Slot) -> RunOutcome:
        limits = job.limits
        tests = sorted(p.name for p in job.tests_dir.glob("test_*.py"))
        with (
            tempfile.TemporaryFile() as results,
            tempfile.TemporaryFile() as out,
            tempfile.TemporaryFile() as err,
        ):
            spec: dict[str, Any] = {
                "work_dir": str(work),
                "files": list(job.files),
                "tests": tests,
                "limits": _limits_dict(limits),
                "result_fd": results.fileno(),
                "uid": slot.uid,
                "gid": slot.uid,
                "cgroup_procs": str(slot.cgroup / "cgroup.procs") if slot.cgroup else None,
                "namespaces": self.namespaces,
            }
            env = _clean_env(work)
            proc = subprocess.Popen(
                [sys.executable, "-I", str(RUNNER), json.dumps(spec)],
                cwd=work,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                pass_fds=(results.fileno(),),
                start_new_session=True,
            )
            timed_out = False
            try:
                proc.wait(timeout=limits.wall_seconds)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                _kill_group(proc)
            cap = limits.output_kb * 1024
            return RunOutcome(
                records=_read_records(results),
                returncode=proc.returncode,
                timed_out=timed_out,
                stdout=_read_capped(out, cap),
                stderr=_read_capped(err, cap),
                work_dir=str(work),
            )


def _limits_dict(limits: Limits) -> dict[str, float]:
    return {
        "cpu_seconds": limits.cpu_seconds,
        "memory_mb": limits.memory_mb,
        "processes": limits.processes,
        "file_size_kb": limits.file_size_kb,
        "open_files": limits.open_files,
    }


def _oversized(job: GradeJob, limits: Limits) -> Verdict | None:
    for name, content in job.files.items():
        if len(content) > limits.source_kb * 1024:
            return oversized_verdict(name, len(content), limits.source_kb)
    return None


def _clean_env(work: Path) -> dict[str, str]:
    """Nothing of the host's environment reaches learner code: no secrets, no DB URL."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(work),
        "TMPDIR": str(work),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }


def _checks_root() -> Path:
    root = Path(tempfile.gettempdir()) / f"pyascent-checks-{os.geteuid()}"
    root.mkdir(mode=0o711, exist_ok=True)
    return root


def _prepare_folder(job: GradeJob, slot: Slot) -> Path:
    root = _checks_root()
    prefix = f"slot{slot.number}-"
    # We hold the slot's lock: a folder with its prefix is a leftover of a killed grader.
    for stale in root.glob(prefix + "*"):
        _remove(stale)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    for name, content in {**job.support_files, **job.files}.items():
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for item in job.tests_dir.iterdir():
        if item.name == "__pycache__":
            continue
        if item.is_dir():
            shutil.copytree(item, work / item.name, dirs_exist_ok=True)
        else:
            shutil.copy2(item, work / item.name)
    if slot.uid is not None:
        for path in [work, *work.rglob("*")]:
            os.chown(path, slot.uid, slot.uid, follow_symlinks=False)
    return work


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    try:
        proc.wait(timeout=KILL_GRACE_SECONDS * 10)
    except subprocess.TimeoutExpired as exc:
        raise GraderError(f"check process {proc.pid} would not die") from exc


def _read_records(handle: IO[bytes]) -> list[dict[str, Any]]:
    handle.seek(0)
    records = []
    for raw in handle.read(8 * 1024 * 1024).splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def _read_capped(handle: IO[bytes], cap: int) -> str:
    handle.seek(0)
    data = handle.read(cap + 1)
    text = data[:cap].decode("utf-8", errors="replace")
    if len(data) > cap:
        text += f"\n... (output cut at {cap // 1024} KiB)"
    return text


def _remove(path: Path) -> None:
    def unlock(func: Any, target: str, _exc: Any) -> None:
        # A learner may chmod its folder to 000; we own it, so give rights back and retry.
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(target), 0o700)
            os.chmod(target, 0o700)
            func(target)

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=unlock)
    else:
        shutil.rmtree(path, onerror=unlock)
