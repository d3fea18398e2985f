"""Regrade after a test fix: every graded submission of a cohort at one exercise re-run
against the course's current tests, as a batch in the background; a dry-run diff (who
changes, by how much) before anything is applied; hand-set scores kept; every step audited.

The batch's graded verdicts wait in `regrade_items` until an instructor applies them, so a
wrong test fix can be seen and thrown away without a learner's history changing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from pyascent.grader import GraderError
from pyascent.services.class_access import Permission, Role
from pyascent.services.classroom import Classroom, compute_scores
from pyascent.services.errors import Missing, ServiceError
from pyascent.services.grading import grade_exercise
from pyascent.services.scoring import percent_of
from pyascent.store import MemberRecord, NotFound, RegradeRecord, ScoreRecord

RETRIES = 2  # a busy grader is asked again before the submission is marked failed
_SENT_AGAIN: dict[int, datetime] = {}  # batch id -> when its missing submissions were re-sent


@dataclass(frozen=True)
class AttemptChange:
    attempt_id: int
    username: str
    old_status: str
    new_status: str


@dataclass(frozen=True)
class ScoreChange:
    assignment: str
    username: str
    old_percent: float
    new_percent: float
    kept_by_override: tuple[str, ...]  # exercises whose hand-set score the regrade keeps

    @property
    def delta(self) -> float:
        return round(self.new_percent - self.old_percent, 4)


@dataclass(frozen=True)
class RegradeDiff:
    regrade: RegradeRecord
    graded: int
    unchanged: int
    attempts: tuple[AttemptChange, ...]
    scores: tuple[ScoreChange, ...]


class Regrading:
    def __init__(self, classroom: Classroom) -> None:
        self.classroom = classroom
        self.server = classroom.server
        self._threads: dict[int, threading.Thread] = {}

    def start(self, cohort_id: int, exercise_id: str, *, background: bool = True) -> RegradeRecord:
        """Queue a batch of every graded submission of the cohort's students at the exercise."""
        self.classroom.cohort(cohort_id, Permission.GRADE)
        exercise = self.server.course.exercise(exercise_id)
        if exercise is None:
            raise Missing(f"There is no exercise '{exercise_id}'.")
        students = self.server.cohorts.members(cohort_id, Role.STUDENT.value)
        batch = self.server.regrades.create(
            cohort_id,
            exercise.id,
            [m.learner_id for m in students],
            self.classroom_actor(),
            self.server.clock(),
        )
        self.classroom._audit(cohort_id, "regrade.start", exercise.id, batch=batch.id,
                              submissions=batch.total)  # fmt: skip
        sender = self.server.base.sender
        if sender is not None:  # the class's workers grade it, on as many machines as it has
            sender.send_regrade(batch.id, self.server.regrades.missing(batch.id))
        elif background:
            thread = threading.Thread(
                target=self._run, args=(batch.id,), name=f"regrade-{batch.id}", daemon=True
            )
            self._threads[batch.id] = thread
            thread.start()
        else:
            self._run(batch.id)
        return self.server.regrades.get(batch.id)

    def classroom_actor(self) -> str:
        from pyascent.services.classroom import actor_name

        return actor_name(self.classroom.actor)

    def wait(self, regrade_id: int, timeout: float | None = None) -> RegradeRecord:
        thread = self._threads.get(regrade_id)
        if thread is not None:
            thread.join(timeout)
        return self.get(regrade_id)

    def get(self, regrade_id: int) -> RegradeRecord:
        try:
            found = self.server.regrades.get(regrade_id)
        except NotFound as exc:
            raise Missing(f"There is no regrade {regrade_id}.") from exc
        try:
            self.classroom.cohort(found.cohort_id, Permission.GRADE)
        except Missing as exc:
            raise Missing(f"There is no regrade {regrade_id}.") from exc
        return self._resent_if_lost(found)

    def _resent_if_lost(self, batch: RegradeRecord) -> RegradeRecord:
        """On a queue, send again the submissions still without a verdict once the queue's
        lease ran out (a message lost with Redis); a re-run is harmless (first verdict wins
        the count, the last one is kept)."""
        sender = self.server.base.sender
        if sender is None or batch.state not in ("queued", "running"):
            return batch
        lease = timedelta(seconds=self.server.settings.queue_lease_seconds)
        now = self.server.clock()
        last = _SENT_AGAIN.get(batch.id, batch.created_at)
        if now - last < lease:
            return batch
        _SENT_AGAIN[batch.id] = now
        sender.send_regrade(batch.id, self.server.regrades.missing(batch.id))
        return batch

    def _run(self, regrade_id: int, progress: Callable[[int], None] | None = None) -> None:
        store = self.server.regrades
        batch = store.get(regrade_id)
        exercise = self.server.course.exercise(batch.exercise_id)
        assert exercise is not None
        store.set_state(regrade_id, "running")
        grader = self.server.base.grader
        slots = self.server.settings.workers or os.cpu_count() or 1

        def one(item_id: int, files: dict[str, str]) -> None:
            data = {name: text.encode("utf-8") for name, text in files.items()}
            for attempt in range(RETRIES + 1):
                try:
                    verdict = grade_exercise(grader, exercise, data)
                    break
                except GraderError:
                    if attempt == RETRIES:
                        raise
            store.record_verdict(regrade_id, item_id, verdict.status, verdict.to_json())

        try:
            items = store.items(regrade_id)
            with ThreadPoolExecutor(max_workers=slots) as pool:
                for future in [pool.submit(one, i.attempt_id, i.files) for i in items]:
                    future.result()
        except Exception as exc:  # noqa: BLE001 - a fault of ours: the batch says so, nothing applied
            store.set_state(regrade_id, "failed", error=f"{type(exc).__name__}: {exc}")
            return
        store.set_state(regrade_id, "graded", finished_at=self.server.clock())

    def diff(self, regrade_id: int) -> RegradeDiff:
        """What applying the batch would change: submissions whose verdict flips, and every
        student's score of every assignment that holds the exercise, before and after."""
        batch = self.get(regrade_id)
        items = self.server.regrades.items(regrade_id)
        students = self.server.cohorts.members(batch.cohort_id, Role.STUDENT.value)
        by_learner = {m.learner_id: m for m in students}
        statuses = {i.attempt_id: i.new_status for i in items if i.new_status is not None}
        flips = tuple(
            AttemptChange(
                i.attempt_id,
                by_learner[i.learner_id].username if i.learner_id in by_learner else "?",
                i.old_status,
                i.new_status or i.old_status,
            )
            for i in items
            if i.new_status is not None and i.new_status != i.old_status
        )
        scores: list[ScoreChange] = []
        for assignment in self.server.cohorts.assignments([batch.cohort_id]):
            if batch.exercise_id not in assignment.exercises:
                continue
            before = _percents(
                compute_scores(self.server, assignment, students), assignment.exercises
            )
            after_rows = compute_scores(self.server, assignment, students, statuses)
            after = _percents(after_rows, assignment.exercises)
            kept = _overridden(after_rows)
            for member in students:
                old, new = before.get(member.account_id, 0.0), after.get(member.account_id, 0.0)
                if old != new or kept.get(member.account_id):
                    scores.append(
                        ScoreChange(
                            assignment.title,
                            member.username,
                            old,
                            new,
                            tuple(sorted(kept.get(member.account_id, ()))),
                        )
                    )
        graded = len(statuses)
        return RegradeDiff(batch, graded, graded - len(flips), flips, tuple(scores))

    def apply(self, regrade_id: int) -> RegradeDiff:
        batch = self.get(regrade_id)
        if batch.state != "graded":
            raise ServiceError(
                f"Regrade {regrade_id} is {batch.state}: only a fully graded batch is applied."
            )
        diff = self.diff(regrade_id)
        self.server.regrades.apply(regrade_id, self.server.clock())
        for assignment in self.server.cohorts.assignments([batch.cohort_id]):
            if batch.exercise_id in assignment.exercises:
                self.classroom.recompute(assignment)
        self.classroom._audit(
            batch.cohort_id,
            "regrade.apply",
            batch.exercise_id,
            batch=regrade_id,
            flipped=len(diff.attempts),
            scores=[
                {"assignment": s.assignment, "student": s.username, "old": s.old_percent,
                 "new": s.new_percent}
                for s in diff.scores
            ],
        )  # fmt: skip
        return diff


def _percents(rows: list[ScoreRecord], exercises: tuple[str, ...]) -> dict[int, float]:
    credits: dict[int, dict[str, float]] = {}
    for row in rows:
        credits.setdefault(row.account_id, {})[row.exercise_id] = row.credit
    return {account: percent_of(found, exercises) for account, found in credits.items()}


def _overridden(rows: list[ScoreRecord]) -> dict[int, set[str]]:
    kept: dict[int, set[str]] = {}
    for row in rows:
        if row.basis == "override":
            kept.setdefault(row.account_id, set()).add(row.exercise_id)
    return kept


__all__ = ["AttemptChange", "MemberRecord", "RegradeDiff", "Regrading", "ScoreChange"]
