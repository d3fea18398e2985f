"""Grading use cases of a classroom: extensions, hand-set scores, and the stored scores,
recomputed from the stored attempts by every change that moves them (dates, extensions,
overrides, a verdict) and caught up when read (a verdict a queue's worker stored)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pyascent.services.class_access import Permission, Role, allows
from pyascent.services.class_base import ClassroomBase, actor_name
from pyascent.services.class_server import ClassServer
from pyascent.services.errors import ServiceError
from pyascent.services.scoring import Credit, percent_of, scores_of, window_of
from pyascent.store import (
    AssignmentRecord,
    CohortRecord,
    ExtensionRecord,
    MemberRecord,
    OverrideRecord,
    ScoreRecord,
)


@dataclass(frozen=True)
class StudentScore:
    member: MemberRecord
    credits: dict[str, Credit]
    percent: float
    extension: ExtensionRecord | None


@dataclass(frozen=True)
class GradeTable:
    cohort: CohortRecord
    assignment: AssignmentRecord
    students: list[StudentScore]


class ClassroomGrading(ClassroomBase):
    """Extensions, overrides and scores (the cohort's own use cases are in classroom.py)."""

    # -- extensions and overrides ---------------------------------------------------------------

    def extend(
        self,
        assignment_id: int,
        username: str,
        due_at: datetime,
        late_until: datetime | None = None,
        reason: str = "",
    ) -> ExtensionRecord:
        assignment = self.assignment(assignment_id, Permission.EXTEND)
        member = self._student(assignment.cohort_id, username)
        if late_until is not None and late_until < due_at:
            raise ServiceError("The end of the late window cannot come before the new due date.")
        record = ExtensionRecord(
            assignment_id,
            member.account_id,
            due_at,
            late_until,
            reason.strip()[:500],
            actor_name(self.actor),
            self.clock(),
        )
        old = self.cohorts.put_extension(record)
        self._audit(
            assignment.cohort_id,
            "extension.grant",
            f"{assignment.title} / {member.username}",
            old=None if old is None else _extension(old),
            new=_extension(record),
        )
        self.recompute(assignment, [member.account_id])
        return record

    def unextend(self, assignment_id: int, username: str) -> None:
        assignment = self.assignment(assignment_id, Permission.EXTEND)
        member = self._student(assignment.cohort_id, username)
        old = self.cohorts.drop_extension(assignment_id, member.account_id)
        if old is None:
            raise ServiceError(f"'{member.username}' has no extension of '{assignment.title}'.")
        self._audit(
            assignment.cohort_id,
            "extension.remove",
            f"{assignment.title} / {member.username}",
            old=_extension(old),
        )
        self.recompute(assignment, [member.account_id])

    def override(
        self, assignment_id: int, username: str, exercise_id: str, credit: float, reason: str
    ) -> None:
        assignment = self.assignment(assignment_id, Permission.GRADE)
        member = self._student(assignment.cohort_id, username)
        if exercise_id not in assignment.exercises:
            raise ServiceError(f"'{exercise_id}' is not an exercise of '{assignment.title}'.")
        if not 0.0 <= credit <= 1.0:
            raise ServiceError("A credit is between 0 and 1 (1 = full marks).")
        if not reason.strip():
            raise ServiceError("Say why the score is set by hand (the reason is kept).")
        record = OverrideRecord(
            assignment_id,
            member.account_id,
            exercise_id,
            credit,
            reason.strip()[:500],
            actor_name(self.actor),
            self.clock(),
        )
        old = self.cohorts.put_override(record)
        self._audit(
            assignment.cohort_id,
            "score.override",
            f"{assignment.title} / {member.username} / {exercise_id}",
            old=None if old is None else old.credit,
            new=credit,
            reason=record.reason,
        )
        self.recompute(assignment, [member.account_id])

    def drop_override(self, assignment_id: int, username: str, exercise_id: str) -> None:
        assignment = self.assignment(assignment_id, Permission.GRADE)
        member = self._student(assignment.cohort_id, username)
        old = self.cohorts.drop_override(assignment_id, member.account_id, exercise_id)
        if old is None:
            raise ServiceError(f"No score of '{exercise_id}' was set by hand for {username}.")
        self._audit(
            assignment.cohort_id,
            "score.override-remove",
            f"{assignment.title} / {member.username} / {exercise_id}",
            old=old.credit,
        )
        self.recompute(assignment, [member.account_id])

    def overrides(self, assignment_id: int) -> list[OverrideRecord]:
        self.assignment(assignment_id, Permission.GRADE)
        return self.cohorts.overrides(assignment_id)

    # -- scores -------------------------------------------------------------------------------------

    def grades(self, assignment_id: int) -> GradeTable:
        """Every student's scores (staff), or the actor's own (a student); stale stored
        scores (a newer graded run) are recomputed first."""
        assignment = self.assignment(assignment_id)
        cohort = self.cohorts.cohort(assignment.cohort_id)
        students = self.cohorts.members(cohort.id, Role.STUDENT.value)
        if not allows(self.role(cohort.id), Permission.VIEW_STUDENTS):
            assert self.actor is not None
            students = [m for m in students if m.account_id == self.actor.id]
        self.refresh(assignment, students)
        stored: dict[int, dict[str, Credit]] = defaultdict(dict)
        for row in self.server.reads.scores(assignment.id):
            stored[row.account_id][row.exercise_id] = Credit(row.credit, row.basis, row.passed_at)
        extensions = self.cohorts.extensions(assignment.id)
        table = []
        for member in students:
            credits = {
                exercise: stored[member.account_id].get(exercise, Credit(0.0, "none", None))
                for exercise in assignment.exercises
            }
            percent = percent_of(
                {name: credit.credit for name, credit in credits.items()}, assignment.exercises
            )
            table.append(StudentScore(member, credits, percent, extensions.get(member.account_id)))
        return GradeTable(cohort, assignment, table)

    def refresh(self, assignment: AssignmentRecord, students: list[MemberRecord]) -> int:
        """Recompute the students whose stored scores are older than their graded runs."""
        if not students:
            return 0
        counts = self.server.reads.graded_counts(
            [m.learner_id for m in students], list(assignment.exercises)
        )
        seen: dict[int, int] = {}
        for row in self.server.reads.scores(assignment.id):
            seen[row.account_id] = row.attempts_through
        stale = [
            m.account_id for m in students if seen.get(m.account_id) != counts.get(m.learner_id, 0)
        ]
        if stale:
            self.recompute(assignment, stale)
        return len(stale)

    def recompute(self, assignment: AssignmentRecord, account_ids: list[int] | None = None) -> None:
        """Store the scores of these students (all of the cohort's by default) as computed
        from scratch from their graded runs, extensions and overrides."""
        students = self.cohorts.members(assignment.cohort_id, Role.STUDENT.value)
        if account_ids is not None:
            wanted = set(account_ids)
            students = [m for m in students if m.account_id in wanted]
        rows = compute_scores(self.server, assignment, students)
        targets = account_ids if account_ids is not None else [m.account_id for m in students]
        if account_ids is None:  # members who left keep no stale rows
            targets = sorted(
                {row.account_id for row in self.server.reads.scores(assignment.id)} | set(targets)
            )
        self.server.reads.replace_scores(assignment.id, targets, rows, self.clock())

    def _recompute_cohort(self, cohort_id: int) -> None:
        for assignment in self.cohorts.assignments([cohort_id]):
            self.recompute(assignment)


def compute_scores(
    server: ClassServer,
    assignment: AssignmentRecord,
    students: list[MemberRecord],
    statuses: Mapping[int, str] | None = None,
) -> list[ScoreRecord]:
    """The scores of these students from scratch (what the property tests compare with);
    `statuses` puts other verdicts in place of some attempts' (a regrade's dry run)."""
    if not students:
        return []
    learners = {m.learner_id: m for m in students}
    runs: dict[int, dict[str, list[tuple[datetime, str]]]] = defaultdict(lambda: defaultdict(list))
    counts: dict[int, int] = defaultdict(int)
    for run in server.reads.graded_runs(list(learners), list(assignment.exercises)):
        status = run.status if statuses is None else statuses.get(run.attempt_id, run.status)
        runs[run.learner_id][run.exercise_id].append((run.created_at, status))
        counts[run.learner_id] += 1
    extensions = server.cohorts.extensions(assignment.id)
    overrides: dict[int, dict[str, float]] = defaultdict(dict)
    for override in server.cohorts.overrides(assignment.id):
        overrides[override.account_id][override.exercise_id] = override.credit
    rows: list[ScoreRecord] = []
    for learner, member in learners.items():
        window = window_of(assignment, extensions.get(member.account_id))
        credits = scores_of(
            window, assignment.exercises, runs[learner], overrides[member.account_id]
        )
        rows.extend(
            ScoreRecord(
                member.account_id,
                exercise,
                credit.credit,
                credit.basis,
                credit.passed_at,
                counts[learner],
            )
            for exercise, credit in credits.items()
        )
    return rows


def _extension(record: ExtensionRecord) -> dict[str, Any]:
    return {
        "due_at": record.due_at.isoformat(),
        "late_until": None if record.late_until is None else record.late_until.isoformat(),
        "reason": record.reason,
    }
