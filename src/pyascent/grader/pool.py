"""A supervisor with pre-warmed workers (zygotes): the fast, isolated grader.

Each worker is a long-lived `inside/zygote.py` process holding one slot (its own uid and
cgroup); it has pytest and the course's packages imported and warmed up, and forks a fresh
child per check, so nothing of one check reaches the next. A worker that dies is replaced;
when every worker is busy and the waiting line is full, `grade` answers `GraderBusy` with a
retry delay instead of queueing without bound.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from queue import Empty, Queue
from typing import Any, TypeVar

from pyascent.grader.api import GradeJob, GraderError, Limits, RunJob, RunOutput, Verdict
from pyascent.grader.checkdir import prepare, prepare_verified, remove
from pyascent.grader.feedback import RunOutcome, build_verdict, oversized_verdict
from pyascent.grader.isolation import HostCapabilities, detect, keep_paths
from pyascent.grader.run_output import build_run_output
from pyascent.grader.worker import Worker, WorkerDied

T = TypeVar("T")
BUILTIN_CONTENT = Path(__file__).resolve().parent.parent / "_content"


class GraderBusy(GraderError):
    """Every worker is busy and the waiting line is full."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"The grader is busy; retry in {retry_after:.0f} s.")
        self.retry_after = retry_after


class WorkerPool:
    """The grader: pre-warmed workers, one per core by default. Thread-safe."""

    def __init__(
        self,
        workers: int | None = None,
        preload: Sequence[str] = (),
        warm: bool = True,
        max_waiting: int | None = None,
        hide: Sequence[Path] = (),
        namespaces: bool = True,
        verified: bool = True,
    ) -> None:
        self.size = workers or os.cpu_count() or 2
        self.preload = tuple(preload)
        self.warm = warm
        # A class pressing Check together should wait a second, not be told to come back.
        self.max_waiting = max_waiting if max_waiting is not None else 32 * self.size
        self.hide = [str(p.resolve()) for p in hide]
        if BUILTIN_CONTENT.is_dir():
            self.hide.append(str(BUILTIN_CONTENT))
        self.capabilities: HostCapabilities = detect(namespaces)
        # verified: tests in a judge process, learner code in a subject process (see judge.py)
        self.verified = verified
        self.keep = keep_paths()
        self._idle: Queue[Worker] = Queue()
        self._workers: list[Worker] = []
        self._lock = threading.Lock()
        self._started = False
        self._in_flight = 0
        self._seconds_per_check = 0.05
        self._closed = False

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            if self._closed:
                raise GraderError("the grader was shut down")
            errors: list[Exception] = []

            def launch() -> None:
                try:
                    worker = Worker(self.preload, self.warm, self.capabilities)
                except (GraderError, OSError, TimeoutError) as exc:
                    errors.append(exc)
                    return
                self._workers.append(worker)  # list.append is atomic
                self._idle.put(worker)

            threads = [threading.Thread(target=launch) for _ in range(self.size)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            if not self._workers:
                raise GraderError(f"no grading worker could start: {errors[0]}")
            self._started = True

    def slot_uids(self) -> list[int | None]:
        """The uid each worker's checks run as (None where no uid could be dropped)."""
        self.start()
        return [w.slot.uid for w in self._workers]

    def close(self) -> None:
        """Graceful shutdown: finish nothing new, stop every worker."""
        self._closed = True
        for worker in list(self._workers):
            worker.stop()
        self._workers.clear()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- grading ----------------------------------------------------------------------

    def grade(self, job: GradeJob) -> Verdict:
        for name, content in job.files.items():
            if len(content) > job.limits.source_kb * 1024:
                return oversized_verdict(name, len(content), job.limits.source_kb)
        return self._dispatch(lambda worker: self._grade_on(worker, job), job.limits)

    def run(self, job: RunJob) -> RunOutput:
        """Run a snippet (a lesson example) under the same isolation as a check."""
        if len(job.code) > job.limits.source_kb * 1024:
            return RunOutput("error", "", "", error=f"The code is over {job.limits.source_kb} KiB.")
        return self._dispatch(lambda worker: self._run_on(worker, job), job.limits)

    async def grade_async(self, job: GradeJob) -> Verdict:
        """For async callers (the web app): grading runs on a thread, the loop stays free."""
        return await asyncio.to_thread(self.grade, job)

    async def run_async(self, job: RunJob) -> RunOutput:
        return await asyncio.to_thread(self.run, job)

    def _dispatch(self, work: Callable[[Worker], T], limits: Limits) -> T:
        """Admit the request (or answer busy), take an idle worker, replace it if it died."""
        self.start()
        with self._lock:
            if self._in_flight >= self.size + self.max_waiting:
                queued = self._in_flight - self.size + 1
                raise GraderBusy(max(1.0, self._seconds_per_check * queued / self.size))
            self._in_flight += 1
        try:
            try:
                worker = self._idle.get(timeout=max(30.0, limits.wall_seconds * 4))
            except Empty as exc:
                raise GraderBusy(5.0) from exc
            try:
                try:
                    return work(worker)
                except WorkerDied:
                    worker = self._replace(worker)
                    return work(worker)
            finally:
                self._idle.put(worker)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _replace(self, worker: Worker) -> Worker:
        worker.stop()
        fresh = Worker(self.preload, self.warm, self.capabilities)
        self._workers = [fresh if w is worker else w for w in self._workers]
        return fresh

    def _execute(
        self,
        worker: Worker,
        files: Mapping[str, bytes],
        support: Mapping[str, bytes],
        tests_dir: Path | None,
        limits: Limits,
        hide: Sequence[Path],
        mode: str,
    ) -> RunOutcome:
        started = time.monotonic()
        # With namespaces the check copies its folder into a tmpfs and sets the owner there.
        owner = None if self.capabilities.namespaces else worker.slot.uid
        work = prepare(files, support, tests_dir, worker.slot.number, owner)
        try:
            spec = self._spec(files, tests_dir, limits, hide, work, worker)
            spec["mode"] = mode
            code, timed_out = worker.run(spec, limits.wall_seconds)
            outcome = RunOutcome(
                records=_read_records(worker.results / "result.jsonl"),
                returncode=code,
                timed_out=timed_out,
                stdout=_read_capped(worker.results / "stdout", limits.output_kb * 1024),
                stderr=_read_capped(worker.results / "stderr", limits.output_kb * 1024),
                work_dir=str(work),
            )
        finally:
            remove(work)
        return self._timed(outcome, started)

    def _grade_on(self, worker: Worker, job: GradeJob) -> Verdict:
        if self._verified(job):
            outcome = self._execute_verified(worker, job)
            return build_verdict(outcome, job, verified=True)
        outcome = self._execute(
            worker, job.files, job.support_files, job.tests_dir, job.limits, job.hide, "check"
        )
        return build_verdict(outcome, job, verified=False)

    def _verified(self, job: GradeJob) -> bool:
        return job.verified if job.verified is not None else self.verified

    def _execute_verified(self, worker: Worker, job: GradeJob) -> RunOutcome:
        """The tests in a judge process, the learner's code in a subject process."""
        started = time.monotonic()
        owner = None if self.capabilities.namespaces else worker.slot.uid
        judge, subject, exchange = prepare_verified(
            job.files,
            job.support_files,
            job.tests_dir,
            worker.slot.number,
            owner,
            worker.slot.uid,
        )
        try:
            spec = self._spec(job.files, job.tests_dir, job.limits, job.hide, judge, worker)
            subject_spec = self._spec(job.files, None, job.limits, job.hide, subject, worker)
            subject_spec.update(
                {
                    "result_path": None,
                    "exchange_dir": str(exchange),
                    "stdout_path": str(worker.results / "subject-stdout"),
                    "stderr_path": str(worker.results / "subject-stderr"),
                }
            )
            spec.update(
                {
                    "runner": _runs_programs(job.tests_dir),
                    "mode": "verified",
                    "support": list(job.support_files),  # the author's files beside the learner's
                    "subject": subject_spec,
                    "exchange_dir": str(exchange),
                    "learner_copy": str(judge / ".learner"),
                }
            )
            code, timed_out = worker.run(spec, job.limits.wall_seconds)
            cap = job.limits.output_kb * 1024
            outcome = RunOutcome(
                records=_read_records(worker.results / "result.jsonl"),
                returncode=code,
                timed_out=timed_out,
                stdout=_read_capped(worker.results / "subject-stdout", cap),
                stderr=_read_capped(worker.results / "subject-stderr", cap),
                work_dir=str(judge),
                subject_code=worker.subject_code,
            )
        finally:
            for folder in (subject, exchange, judge):
                remove(folder)
        return self._timed(outcome, started)

    def _timed(self, outcome: RunOutcome, started: float) -> RunOutcome:
        """Record how long the check took; the running mean sizes "retry in N s"."""
        elapsed = time.monotonic() - started
        self._seconds_per_check = 0.8 * self._seconds_per_check + 0.2 * elapsed
        outcome.duration_ms = int(elapsed * 1000)
        return outcome

    def _run_on(self, worker: Worker, job: RunJob) -> RunOutput:
        files = {job.file_name: job.code}
        outcome = self._execute(worker, files, {}, None, job.limits, (), "run")
        return build_run_output(outcome, job.limits)

    def _spec(
        self,
        files: Mapping[str, bytes],
        tests_dir: Path | None,
        limits: Limits,
        hide: Sequence[Path],
        work: Path,
        worker: Worker,
    ) -> dict[str, Any]:
        slot = worker.slot
        tests = sorted(p.name for p in tests_dir.glob("test_*.py")) if tests_dir else []
        return {
            "work_dir": str(work),
            "files": list(files),
            "tests": tests,
            "limits": {
                "cpu_seconds": limits.cpu_seconds,
                "memory_mb": limits.memory_mb,
                "processes": limits.processes,
                "file_size_kb": limits.file_size_kb,
                "open_files": limits.open_files,
                "disk_mb": limits.disk_mb,
            },
            "uid": slot.uid,
            "gid": slot.uid,
            "cgroup": bool(slot.cgroup),
            "result_path": str(worker.results / "result.jsonl"),
            "stdout_path": str(worker.results / "stdout"),
            "stderr_path": str(worker.results / "stderr"),
            "keep_readonly": self.keep,
            "hide": [*self.hide, *[str(p) for p in hide]],
            "expect": self.capabilities.expected_layers(),
        }


def _runs_programs(tests_dir: Path) -> bool:
    """Do the tests run the learner's files as programs (and so need a runner process)?"""
    return any("run_program" in p.read_text("utf-8", "replace") for p in tests_dir.glob("*.py"))


def _read_records(path: Path) -> list[dict[str, Any]]:
    records = []
    try:
        raw = path.read_bytes()[: 8 * 1024 * 1024]
    except OSError:
        return []
    for line in raw.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def _read_capped(path: Path, cap: int) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError:
        return ""
    text = data[:cap].decode("utf-8", errors="replace")
    if len(data) > cap:
        text += f"\n... (output cut at {cap // 1024} KiB)"
    return text
