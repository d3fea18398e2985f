"""Classroom use cases for one acting account: cohorts, members, assignments, extensions,
overrides and scores. Every method checks the actor's role first (class_access.py).

`actor=None` is the server's operator at its own terminal (the CLI on the server's
database): it holds every permission, and the audit log names it "cli". Views of many
students at once (the grid, clusters) are in class_views.py; regrades in regrading.py.
Over the usual size because scores are recomputed here from every change that moves them,
and keeping those changes beside the recomputation is what keeps them from drifting.
"""

from __future__ import annotations

import getpass
import secrets
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pyascent.services.accounts import Account, AccountError, checked_username
from pyascent.services.class_access import STUDENT_ROLES, Permission, Role, allows
from pyascent.services.class_server import ClassServer
from pyascent.services.errors import Forbidden, Missing, ServiceError
from pyascent.services.scoring import Credit, percent_of, scores_of, window_of
from pyascent.store import (
    AssignmentRecord,
    AuditRecord,
    CohortRecord,
    ExtensionRecord,
    MemberRecord,
    NotFound,
    OverrideRecord,
    RegradeRecord,
    ScoreRecord,
    Taken,
)

JOIN_CODE_BYTES = 6


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


def actor_name(actor: Account | None) -> str:
    if actor is None:
        try:
            return f"cli:{getpass.getuser()}"
        except (OSError, KeyError):
            return "cli"
    return actor.username


class Classroom:
    def __init__(self, server: ClassServer, actor: Account | None) -> None:
        self.server = server
        self.actor = actor
        self.cohorts = server.cohorts
        self.clock = server.clock

    # -- access -------------------------------------------------------------------------

    def role(self, cohort_id: int) -> str | None:
        if self.actor is None:
            return Role.OWNER.value
        return self.cohorts.role_of(self.actor.id, cohort_id)

    def cohort(
        self, cohort_id: int, permission: Permission = Permission.VIEW_COHORT
    ) -> CohortRecord:
        """The cohort, when the actor holds `permission` in it.

        Raises:
            Missing: the cohort does not exist, or the actor is not a member (the same
                answer, so ids cannot be probed).
            Forbidden: a member whose role lacks the permission.
        """
        role = self.role(cohort_id)
        if role is None:
            raise Missing(f"There is no cohort {cohort_id} you are a member of.")
        if not allows(role, permission):
            raise Forbidden(f"Your role in this cohort ({role}) may not do this.")
        try:
            return self.cohorts.cohort(cohort_id)
        except NotFound as exc:
            raise Missing(f"There is no cohort {cohort_id}.") from exc

    def assignment(
        self, assignment_id: int, permission: Permission = Permission.VIEW_COHORT
    ) -> AssignmentRecord:
        try:
            found = self.cohorts.assignment(assignment_id)
        except NotFound as exc:
            raise Missing(f"There is no assignment {assignment_id}.") from exc
        try:
            self.cohort(found.cohort_id, permission)
        except Missing as exc:
            raise Missing(f"There is no assignment {assignment_id}.") from exc
        return found

    def _audit(self, cohort_id: int | None, action: str, subject: str, **detail: Any) -> None:
        self.server.audit.append(
            actor_name(self.actor), action, subject, detail, cohort_id=cohort_id, now=self.clock()
        )

    # -- cohorts and members ---------------------------------------------------------------

    def my_cohorts(self) -> list[tuple[CohortRecord, str]]:
        if self.actor is None:
            return []
        return self.cohorts.cohorts_of(self.actor.id)

    def create_cohort(self, name: str, owner: Account | None = None) -> CohortRecord:
        """A new cohort of the course, its owner the actor (or `owner`, from the CLI)."""
        holder = owner or self.actor
        if holder is None:
            raise ServiceError("Name the account that will own the cohort (--owner NAME).")
        if self.actor is not None and not self.actor.can_teach:
            raise Forbidden(
                "Only an account that may teach can open a cohort; the server's operator "
                "grants it with `pyascent account add NAME --teacher`."
            )
        title = name.strip()
        if not title or len(title) > 200:
            raise ServiceError("A cohort needs a name of 1-200 characters.")
        for _ in range(5):
            code = secrets.token_urlsafe(JOIN_CODE_BYTES)
            try:
                made = self.cohorts.create_cohort(
                    self.server.course.id, title, code, holder.id, self.clock()
                )
                break
            except Taken:
                continue
        else:  # pragma: no cover - five collisions of 48 random bits
            raise ServiceError("Could not make a join code; try again.")
        self._audit(made.id, "cohort.create", title, owner=holder.username)
        return made

    def all_cohorts(self) -> list[tuple[CohortRecord, list[MemberRecord]]]:
        """Every cohort of the course with its members: the server's operator only."""
        if self.actor is not None:
            raise Forbidden("Only the server's operator lists every cohort.")
        return [
            (cohort, self.cohorts.members(cohort.id))
            for cohort in self.cohorts.all_cohorts(self.server.course.id)
        ]

    def verify_audit(self) -> tuple[int, int | None]:
        """(rows checked, the first row that does not hash as recorded or None)."""
        if self.actor is not None:
            raise Forbidden("Only the server's operator checks the whole audit log.")
        return self.server.audit.verify()

    def cohort_by_code(self, code: str) -> CohortRecord | None:
        return self.cohorts.by_join_code(code.strip())

    def join(self, code: str) -> CohortRecord:
        if self.actor is None:
            raise ServiceError("Sign in to join a cohort.")
        found = self.cohorts.by_join_code(code.strip())
        if found is None:
            raise Missing("That join code does not open any cohort. Check it with your instructor.")
        if self.cohorts.role_of(self.actor.id, found.id) is None:
            self.cohorts.put_member(found.id, self.actor.id, Role.STUDENT.value, self.clock())
            self._audit(found.id, "member.join", self.actor.username, role="student")
        return found

    def members(self, cohort_id: int, role: str | None = None) -> list[MemberRecord]:
        self.cohort(cohort_id, Permission.VIEW_STUDENTS)
        return self.cohorts.members(cohort_id, role)

    def member(self, cohort_id: int, username: str) -> MemberRecord:
        name = username.strip().lower()
        found = next((m for m in self.cohorts.members(cohort_id) if m.username == name), None)
        if found is None:
            raise Missing(f"'{username}' is not a member of this cohort.")
        return found

    def set_role(self, cohort_id: int, username: str, role: str) -> None:
        try:
            wanted = Role(role)
        except ValueError as exc:
            roles = ", ".join(r.value for r in Role)
            raise ServiceError(f"'{role}' is not a role; roles are {roles}.") from exc
        self.cohort(cohort_id, Permission.MANAGE_STUDENTS)
        account = self.server.accounts.find(username)
        if account is None:
            raise Missing(f"There is no account '{username}'.")
        current = self.cohorts.role_of(account.id, cohort_id)
        touches_staff = wanted not in STUDENT_ROLES or (
            current is not None and Role(current) not in STUDENT_ROLES
        )
        if touches_staff and not allows(self.role(cohort_id), Permission.MANAGE_STAFF):
            raise Forbidden("Only the cohort's owner may make or unmake instructors and owners.")
        if current == Role.OWNER and wanted != Role.OWNER and self._owners(cohort_id) == 1:
            raise ServiceError("A cohort keeps at least one owner: make someone else owner first.")
        old, new = self.cohorts.put_member(cohort_id, account.id, wanted.value, self.clock())
        self._audit(cohort_id, "member.role", account.username, old=old, new=new)
        self._recompute_cohort(cohort_id)

    def remove_member(self, cohort_id: int, username: str) -> None:
        member = self.member(cohort_id, username)
        needed = (
            Permission.MANAGE_STUDENTS
            if Role(member.role) in STUDENT_ROLES
            else Permission.MANAGE_STAFF
        )
        self.cohort(cohort_id, needed)
        if member.role == Role.OWNER and self._owners(cohort_id) == 1:
            raise ServiceError("A cohort keeps at least one owner.")
        self.cohorts.remove_member(cohort_id, member.account_id)
        self._audit(cohort_id, "member.remove", member.username, old=member.role)
        self._recompute_cohort(cohort_id)

    def _owners(self, cohort_id: int) -> int:
        return len(self.cohorts.members(cohort_id, Role.OWNER.value))

    def add_account(
        self,
        cohort_id: int,
        username: str,
        *,
        display_name: str | None = None,
        email: str | None = None,
        role: str = "student",
        student_ref: str | None = None,
    ) -> tuple[bool, str | None]:
        """Put an account in the cohort, creating it when missing; returns (changed, the
        temporary password of a new account or None). Nothing changes when it is there
        already with the same role (so a roster can be imported twice)."""
        wanted = Role(role)
        self.cohort(
            cohort_id,
            Permission.MANAGE_STUDENTS if wanted in STUDENT_ROLES else Permission.MANAGE_STAFF,
        )
        name = checked_username(username)
        account = self.server.accounts.find(name)
        temporary = None
        if account is None:
            account, temporary = self.server.accounts.create(
                name, None, display_name=display_name, email=email
            )
            self._audit(cohort_id, "account.create", name)
        current = self.cohorts.role_of(account.id, cohort_id)
        if current == wanted.value:
            return temporary is not None, temporary
        if current is not None and Role(current) not in STUDENT_ROLES:
            raise Forbidden(f"'{name}' is {current} of this cohort; change staff roles by hand.")
        old, new = self.cohorts.put_member(
            cohort_id, account.id, wanted.value, self.clock(), student_ref
        )
        self._audit(cohort_id, "member.add", name, old=old, new=new)
        return True, temporary

    def reset_password(self, cohort_id: int, username: str) -> str:
        """A temporary password for a member (students and TAs by instructors; staff by the
        owner); the member must change it at the next sign-in."""
        member = self.member(cohort_id, username)
        needed = (
            Permission.MANAGE_STUDENTS
            if Role(member.role) in STUDENT_ROLES
            else Permission.MANAGE_STAFF
        )
        self.cohort(cohort_id, needed)
        if self.actor is not None and member.account_id == self.actor.id:
            raise ServiceError("Change your own password on your account page.")
        temporary = self.server.accounts.reset_password(member.account_id)
        self._audit(cohort_id, "account.reset-password", member.username)
        return temporary

    # -- assignments --------------------------------------------------------------------------

    def assignments(self, cohort_id: int) -> list[AssignmentRecord]:
        self.cohort(cohort_id)
        return self.cohorts.assignments([cohort_id])

    def create_assignment(
        self,
        cohort_id: int,
        title: str,
        exercises: list[str],
        *,
        release_at: datetime,
        due_at: datetime,
        late_until: datetime | None = None,
        late_credit: float = 0.0,
        runs_per_window: int | None = None,
        window_minutes: int | None = None,
    ) -> AssignmentRecord:
        self.cohort(cohort_id, Permission.MANAGE_ASSIGNMENTS)
        name = title.strip()
        if not name or len(name) > 200:
            raise ServiceError("An assignment needs a title of 1-200 characters.")
        chosen = self._graded_exercises(exercises)
        _check_dates(release_at, due_at, late_until, late_credit)
        made = self.cohorts.create_assignment(
            cohort_id,
            name,
            chosen,
            release_at=release_at,
            due_at=due_at,
            late_until=late_until,
            late_credit=late_credit,
            runs_per_window=runs_per_window,
            window_minutes=window_minutes,
            now=self.clock(),
        )
        self._audit(cohort_id, "assignment.create", name, new=_dates(made), exercises=chosen)
        self.recompute(made)
        return made

    def change_dates(
        self,
        assignment_id: int,
        *,
        release_at: datetime | None = None,
        due_at: datetime | None = None,
        late_until: datetime | str | None = "keep",
        late_credit: float | None = None,
    ) -> AssignmentRecord:
        """Move dates (late_until=None removes the late window); every score is recomputed."""
        old = self.assignment(assignment_id, Permission.MANAGE_ASSIGNMENTS)
        new_release = release_at or old.release_at
        new_due = due_at or old.due_at
        new_late = old.late_until if isinstance(late_until, str) else late_until
        new_credit = old.late_credit if late_credit is None else late_credit
        _check_dates(new_release, new_due, new_late, new_credit)
        changed = self.cohorts.update_assignment(
            assignment_id,
            release_at=new_release,
            due_at=new_due,
            late_until=new_late,
            late_credit=new_credit,
        )
        self._audit(
            old.cohort_id, "assignment.dates", old.title, old=_dates(old), new=_dates(changed)
        )
        self.recompute(changed)
        return changed

    def _graded_exercises(self, exercises: list[str]) -> list[str]:
        chosen: list[str] = []
        for key in exercises:
            found = self.server.course.exercise(key.strip())
            if found is None:
                raise ServiceError(f"There is no exercise '{key}' in this course.")
            if found.mode != "verified":
                raise ServiceError(
                    f"'{found.id}' is graded in a single process (the learner's code could forge "
                    "its verdict), so it cannot be part of a graded assignment."
                )
            if found.id not in chosen:
                chosen.append(found.id)
        if not chosen:
            raise ServiceError("An assignment needs at least one exercise.")
        return chosen

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

    def regrades(self, cohort_id: int) -> list[RegradeRecord]:
        self.cohort(cohort_id, Permission.GRADE)
        return self.server.regrades.of_cohort(cohort_id)

    def audit_log(self, cohort_id: int) -> tuple[list[AuditRecord], int, int | None]:
        """The cohort's events, newest first, and the chain's check over the whole log:
        (rows checked, the first row that does not hash as recorded, or None)."""
        self.cohort(cohort_id, Permission.EXPORT)
        checked, broken = self.server.audit.verify()
        return self.server.audit.events(cohort_id), checked, broken

    def _student(self, cohort_id: int, username: str) -> MemberRecord:
        member = self.member(cohort_id, username)
        if member.role != Role.STUDENT:
            raise ServiceError(f"'{member.username}' is {member.role} here, not a student.")
        return member

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


def _check_dates(
    release_at: datetime, due_at: datetime, late_until: datetime | None, late_credit: float
) -> None:
    for stamp in (release_at, due_at, late_until):
        if stamp is not None and stamp.tzinfo is None:
            raise ServiceError("Dates need a time zone (for example 2026-12-24T23:59+01:00).")
    if due_at < release_at:
        raise ServiceError("The due date cannot come before the release.")
    if late_until is not None and late_until < due_at:
        raise ServiceError("The end of the late window cannot come before the due date.")
    if not 0.0 <= late_credit <= 1.0:
        raise ServiceError("Late credit is a fraction between 0 and 1 (0.5 = half marks).")


def _dates(assignment: AssignmentRecord) -> dict[str, Any]:
    return {
        "release_at": assignment.release_at.isoformat(),
        "due_at": assignment.due_at.isoformat(),
        "late_until": None if assignment.late_until is None else assignment.late_until.isoformat(),
        "late_credit": assignment.late_credit,
    }


def _extension(record: ExtensionRecord) -> dict[str, Any]:
    return {
        "due_at": record.due_at.isoformat(),
        "late_until": None if record.late_until is None else record.late_until.isoformat(),
        "reason": record.reason,
    }


__all__ = ["AccountError", "Classroom", "GradeTable", "StudentScore", "compute_scores"]
